namespace Brigade.Slack;

/// <summary>The <c>Slack</c> configuration section.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";
    public static readonly IReadOnlyList<string> DefaultResponseUrlPrefixes = ["https://hooks.slack.com/"];
    public static readonly IReadOnlyList<string> DefaultUploadUrlPrefixes = ["https://files.slack.com/"];

    /// <summary>Verifies every HTTP request; while unset every Slack request is refused (401).</summary>
    public string? SigningSecret { get; set; }

    /// <summary><c>xoxb-</c> token; while unset Web API calls are logged, not sent (dry run).</summary>
    public string? BotToken { get; set; }

    /// <summary><c>xapp-</c> token for Socket Mode.</summary>
    public string? AppToken { get; set; }

    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>The only prefixes a response_url may have; <c>null</c> or empty means Slack's own host.</summary>
    public string[]? ResponseUrlPrefixes { get; set; }

    /// <summary>
    /// The only prefixes an upload URL from <c>files.getUploadURLExternal</c> may have; <c>null</c> or empty means
    /// Slack's own file host. A file is never sent anywhere else.
    /// </summary>
    public string[]? UploadUrlPrefixes { get; set; }

    /// <summary>The app's slash command (<c>/name</c>), for the texts that name it; the app supplies its default.</summary>
    public string Command { get; set; } = "";

    /// <summary>Bodies above this size are refused with 413.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long a handler may run before Slack gets its acknowledgement anyway (Slack waits 3 s).</summary>
    public TimeSpan AckDeadline { get; set; } = TimeSpan.FromMilliseconds(2500);

    public bool IsSigningConfigured => !string.IsNullOrWhiteSpace(SigningSecret);
    public bool IsBotTokenConfigured => !string.IsNullOrWhiteSpace(BotToken);
    public bool IsSocketModeConfigured => !string.IsNullOrWhiteSpace(AppToken);

    public IReadOnlyList<string> EffectiveResponseUrlPrefixes =>
        NonEmpty(ResponseUrlPrefixes) ?? DefaultResponseUrlPrefixes;

    public IReadOnlyList<string> EffectiveUploadUrlPrefixes => NonEmpty(UploadUrlPrefixes) ?? DefaultUploadUrlPrefixes;

    private static string[]? NonEmpty(string[]? prefixes) =>
        prefixes?.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray() is { Length: > 0 } set ? set : null;
}
