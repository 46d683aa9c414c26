namespace Brigade.Slack.WebApi;

/// <summary>
/// What the dry-run client makes up where Slack would answer with the workspace's own data. Not read from
/// configuration: the app sets it in code.
/// </summary>
public sealed class DryRunOptions
{
    /// <summary>The IANA zone of every user <c>users.info</c> describes.</summary>
    public string UserTimeZone { get; set; } = "UTC";
}
