namespace Brigade.Slack.WebApi;

public sealed record UploadTicket(string FileId, string UploadUrl);
