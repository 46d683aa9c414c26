namespace Brigade.Slack.WebApi;

public sealed record PostedMessage(string Channel, string Ts);
