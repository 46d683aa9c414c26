namespace Brigade.Slack.WebApi;

/// <summary>A Web API call that failed: Slack's error code (<c>channel_not_found</c>…) or a transport failure.</summary>
public sealed class SlackApiException(string method, string error, IReadOnlyList<string>? messages = null, Exception? inner = null)
    : Exception($"Slack {method} failed: {error}", inner)
{
    /// <summary>Used when the retries for 429, 5xx or network failures ran out.</summary>
    public const string RetriesExhausted = "retries_exhausted";

    // Slack unreachable or busy: the same call may well succeed later. Any other error would come back again.
    private static readonly HashSet<string> TransientErrors = new(StringComparer.Ordinal)
    {
        RetriesExhausted, "ratelimited", "rate_limited", "internal_error", "service_unavailable", "request_timeout",
    };

    /// <summary>Whether <paramref name="error"/> says Slack could not be reached (5xx, 429, network) rather than refused the call.</summary>
    public static bool IsTransientError(string error) => TransientErrors.Contains(error);

    /// <summary>Whether trying the same call later may succeed (see <see cref="IsTransientError"/>).</summary>
    public bool IsTransient => IsTransientError(Error);

    public string Method { get; } = method;
    public string Error { get; } = error;
    public IReadOnlyList<string> Messages { get; } = messages ?? [];
}
