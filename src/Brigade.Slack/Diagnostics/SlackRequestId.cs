using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Diagnostics;

/// <summary>
/// A correlation id per Slack request: the event id for events, a random one otherwise. The dispatcher opens a log
/// scope with it, and the follow-up queue carries it into the work queued while the request was handled, so every line
/// a request causes, before or after the ack, can be found by one value (<c>SlackRequestId</c> in JSON logs).
/// </summary>
public static class SlackRequestId
{
    public const string LogKey = "SlackRequestId";

    private static readonly AsyncLocal<string?> current = new();

    /// <summary>The id of the request being handled on this flow, or <c>null</c> outside one.</summary>
    public static string? Current => current.Value;

    // Only tells requests apart in the logs: no secret rides on it, so the cheap generator will do.
    internal static string New()
    {
        Span<byte> bytes = stackalloc byte[8];
        Random.Shared.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>
    /// Makes <paramref name="id"/> current and opens its log scope. The caller must be an async method of its own:
    /// the id then ends with it, as an <see cref="AsyncLocal{T}"/> does.
    /// </summary>
    internal static IDisposable? Enter(ILogger log, string id)
    {
        current.Value = id;
        return log.BeginScope(new SlackRequestScope(id));
    }
}
