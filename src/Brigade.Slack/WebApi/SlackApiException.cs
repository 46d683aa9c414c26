namespace Brigade.Slack.WebApi;

/// <summary>A Web API call that failed: Slack's error code (<c>channel_not_found</c>…) or a transport failure.</summary>
public sealed class SlackApiException(string method, string error, IReadOnlyList<string>? messages = null, Exception? inner = null)
    : Exception($"Slack {method} failed: {error}", inner)
{
    /// <summary>Used when the retries for 429, 5xx or network failures ran out.</summary>
    public const string RetriesExhausted = "retries_exhausted";

    public string Method { get; } = method;
    public string Error { get; } = error;
    public IReadOnlyList<string> Messages { get; } = messages ?? [];
}
