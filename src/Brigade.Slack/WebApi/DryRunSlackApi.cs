using System.Text.Json.Nodes;
using Brigade.Slack.Json;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.WebApi;

/// <summary>Receives every call the dry-run client would have sent (the app may show them somewhere).</summary>
public interface ISlackCallRecorder
{
    void Record(string method, JsonObject arguments, JsonObject response);
}

/// <summary>
/// Used while no bot token is configured: every call is logged (method and arguments, never a token)
/// and answered with a plausible success, so the bot runs end to end without Slack.
/// </summary>
public sealed class DryRunSlackApi(TimeProvider time, ILogger<DryRunSlackApi> log, IEnumerable<ISlackCallRecorder> recorders)
    : ISlackApi
{
    private long sequence;

    public Task<JsonObject> CallAsync(string method, JsonObject arguments, CancellationToken ct = default,
        SlackToken token = SlackToken.Bot)
    {
        var response = Answer(method, arguments);
        log.LogInformation("Slack dry run: {Method} {Arguments}", method, arguments.ToJsonString(SlackJson.Options));
        foreach (var recorder in recorders) recorder.Record(method, (JsonObject)arguments.DeepClone(), (JsonObject)response.DeepClone());
        return Task.FromResult(response);
    }

    public Task UploadAsync(string uploadUrl, ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default)
    {
        log.LogInformation("Slack dry run: upload of {FileName} ({Bytes} bytes)", fileName, content.Length);
        var arguments = new JsonObject { ["upload_url"] = uploadUrl, ["filename"] = fileName, ["length"] = content.Length,
            ["content_base64"] = Convert.ToBase64String(content.Span) };
        foreach (var recorder in recorders) recorder.Record("(upload)", arguments, new JsonObject { ["ok"] = true });
        return Task.CompletedTask;
    }

    public Task RespondAsync(string responseUrl, JsonObject message, CancellationToken ct = default) =>
        CallAsync("(response_url)", new JsonObject { ["response_url"] = responseUrl, ["message"] = message.DeepClone() }, ct);

    private JsonObject Answer(string method, JsonObject arguments)
    {
        var n = Interlocked.Increment(ref sequence);
        var ts = $"{time.GetUtcNow().ToUnixTimeSeconds()}.{n % 1_000_000:D6}";
        var channel = arguments["channel"]?.ToString() ?? arguments["channel_id"]?.ToString();
        var response = new JsonObject { ["ok"] = true };
        switch (method)
        {
            case "chat.postMessage":
            case "chat.update":
                response["channel"] = channel;
                response["ts"] = arguments["ts"]?.ToString() ?? ts;
                break;
            case "chat.postEphemeral":
                response["message_ts"] = ts;
                break;
            case "chat.scheduleMessage":
                response["channel"] = channel;
                response["scheduled_message_id"] = $"Q{n:D8}";
                response["post_at"] = arguments["post_at"]?.DeepClone();
                break;
            case "chat.getPermalink":
                response["channel"] = channel;
                response["permalink"] = $"https://slack.invalid/archives/{channel}/p{arguments["message_ts"]?.ToString()?.Replace(".", "")}";
                break;
            case "conversations.open":
                var users = arguments["users"]?.ToString() ?? "";
                response["channel"] = new JsonObject { ["id"] = "D" + users.Split(',')[0].TrimStart('U', 'W') };
                break;
            case "views.open":
            case "views.update":
            case "views.push":
            case "views.publish":
                response["view"] = new JsonObject { ["id"] = arguments["view_id"]?.DeepClone() ?? $"V{n:D8}", ["hash"] = $"{n}.dryrun" };
                break;
            case "users.info":
                response["user"] = new JsonObject { ["id"] = arguments["user"]?.DeepClone(), ["tz"] = "America/Toronto" };
                break;
            case "auth.test":
                response["user_id"] = "UDRYRUN";
                response["bot_id"] = "BDRYRUN";
                response["team_id"] = "TDRYRUN";
                break;
            case "files.getUploadURLExternal":
                response["file_id"] = $"F{n:D8}";
                response["upload_url"] = $"https://files.slack.invalid/upload/F{n:D8}";
                break;
            case "files.completeUploadExternal":
                response["files"] = arguments["files"]?.DeepClone();
                break;
        }
        return response;
    }
}
