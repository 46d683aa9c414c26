using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Brigade.Slack.Testing;

/// <summary>One request the fake Slack received.</summary>
public sealed record SlackCall(string Method, JsonObject Arguments, string? Authorization, string? ContentType, JsonObject Response)
{
    public string? Arg(string name) => Arguments[name] is JsonValue v ? v.ToString() : Arguments[name]?.ToJsonString();

    /// <summary>Every text the call carries (top-level text and every text field of its blocks or view), for scans.</summary>
    public string AllText => Unescaped(Arguments.ToJsonString(Readable));

    /// <summary>JSON text with the no-break spaces of French typography shown as they are (the encoder escapes them).</summary>
    public static string Unescaped(string json) => json.Replace("\\u00A0", "\u00A0").Replace("\\u202F", "\u202F");

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>A scripted answer: HTTP status, body, optional Retry-After seconds and Location (for redirects).</summary>
public sealed record FakeReply(int Status, JsonObject? Body = null, int? RetryAfterSeconds = null, string? RawBody = null,
    string? Location = null)
{
    public static FakeReply Redirect(string location, int status = 302) => new(status, RawBody: "", Location: location);
    public static FakeReply Error(string error) => new(200, new JsonObject { ["ok"] = false, ["error"] = error });
    public static FakeReply RateLimited(int retryAfterSeconds) =>
        new(429, new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, retryAfterSeconds);
    public static FakeReply ServerError(int status = 503) => new(status, RawBody: "<html>Service unavailable</html>");
}
