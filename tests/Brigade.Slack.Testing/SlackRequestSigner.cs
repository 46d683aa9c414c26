using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Brigade.Slack.Inbound;

namespace Brigade.Slack.Testing;

/// <summary>Builds signed requests exactly as Slack sends them.</summary>
public sealed class SlackRequestSigner(string secret, Func<DateTimeOffset>? clock = null)
{
    private readonly Func<DateTimeOffset> now = clock ?? (() => DateTimeOffset.UtcNow);

    /// <summary>A POST with the signature headers over the raw body bytes.</summary>
    public HttpRequestMessage Signed(string path, string body, string contentType, DateTimeOffset? at = null, string? secretOverride = null) =>
        Signed(path, Encoding.UTF8.GetBytes(body), contentType, at, secretOverride);

    /// <summary>The same over bytes that need not be text (a body that is not UTF-8, say).</summary>
    public HttpRequestMessage Signed(string path, byte[] bytes, string contentType, DateTimeOffset? at = null, string? secretOverride = null)
    {
        var timestamp = (at ?? now()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Sign(secretOverride ?? secret, timestamp, bytes));
        return request;
    }

    public HttpRequestMessage Command(string formBody) =>
        Signed("/slack/commands", formBody, "application/x-www-form-urlencoded");

    public HttpRequestMessage Interaction(JsonNode payload) =>
        Signed("/slack/interactions", SlackForms.Interaction(payload), "application/x-www-form-urlencoded");

    public HttpRequestMessage Event(JsonNode body) =>
        Signed("/slack/events", body.ToJsonString(), "application/json");
}

/// <summary>Form bodies in Slack's encoding.</summary>
public static class SlackForms
{
    public static string Encode(IEnumerable<KeyValuePair<string, string?>> fields) =>
        string.Join('&', fields.Where(f => f.Value is not null)
            .Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value!).Replace("%20", "+")}"));

    /// <summary>A slash command as Slack posts it.</summary>
    public static string Command(string text, string userId = "U0MEMBER1", string channelId = "C0GENERAL",
        string command = "/brigade", string? responseUrl = "https://hooks.slack.com/commands/T0TEAM/1/abc",
        string? triggerId = "1.2.trigger", string teamId = "T0TEAM") =>
        Encode(new Dictionary<string, string?>
        {
            ["token"] = "legacy", ["team_id"] = teamId, ["team_domain"] = "brigade", ["channel_id"] = channelId,
            ["channel_name"] = "general", ["user_id"] = userId, ["user_name"] = "member", ["command"] = command,
            ["text"] = text, ["api_app_id"] = "A0BRIGADE", ["is_enterprise_install"] = "false",
            ["response_url"] = responseUrl, ["trigger_id"] = triggerId,
        });

    public static string Interaction(JsonNode payload) =>
        "payload=" + Uri.EscapeDataString(payload.ToJsonString());
}
