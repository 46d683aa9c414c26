namespace Brigade.Slack.WebApi;

public sealed record ViewRef(string Id, string? Hash);
