using System.Text.Json.Nodes;

namespace Brigade.Slack.WebApi;

/// <summary>
/// The Slack Web API. One core call; the typed methods in <see cref="SlackApiMethods"/> build on it.
/// Implementations: <see cref="SlackApiClient"/> (HTTP) and <see cref="DryRunSlackApi"/> (logs, sends nothing).
/// </summary>
public interface ISlackApi
{
    /// <summary>
    /// Calls <paramref name="method"/> and returns the response object when <c>ok</c> is true.
    /// Throws <see cref="SlackApiException"/> with Slack's error code otherwise, or when retries ran out.
    /// </summary>
    Task<JsonObject> CallAsync(string method, JsonObject arguments, CancellationToken ct = default, SlackToken token = SlackToken.Bot);

    /// <summary>Sends file bytes to an <c>upload_url</c> from <c>files.getUploadURLExternal</c>.</summary>
    Task UploadAsync(string uploadUrl, ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default);

    /// <summary>Posts a message to an interaction's response_url (whose prefix the caller has checked).</summary>
    Task RespondAsync(string responseUrl, JsonObject message, CancellationToken ct = default);
}
