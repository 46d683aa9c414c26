namespace Brigade.Slack.WebApi;

public sealed record AuthIdentity(string UserId, string? BotId, string? TeamId);
