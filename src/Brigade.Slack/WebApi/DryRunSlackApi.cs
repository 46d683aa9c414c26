using System.Text;
using System.Text.Json.Nodes;
using Brigade.Slack.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brigade.Slack.WebApi;

/// <summary>
/// Used while no bot token is configured: every call is logged (method and size; at Debug the arguments, with texts,
/// URLs and tokens hidden by <see cref="LoggedArguments"/>) and answered with a plausible success, so the bot runs end to end without Slack.
/// </summary>
public sealed class DryRunSlackApi(TimeProvider time, ILogger<DryRunSlackApi> log, IEnumerable<ISlackCallRecorder> recorders,
    IOptions<DryRunOptions> options) : ISlackApi
{
    private long sequence;

    public Task<JsonObject> CallAsync(string method, JsonObject arguments, CancellationToken ct = default,
        SlackToken token = SlackToken.Bot)
    {
        var response = SimulatedSlackResponses.For(method, arguments, Interlocked.Increment(ref sequence), time.GetUtcNow(),
            options.Value.UserTimeZone);
        var json = arguments.ToJsonString(SlackJson.Options);
        log.LogInformation("Slack dry run: {Method} ({Bytes} bytes)", method, Encoding.UTF8.GetByteCount(json));
        if (log.IsEnabled(LogLevel.Debug))
            log.LogDebug("Slack dry run: {Method} arguments {Arguments}", method, LoggedArguments.Redacted(arguments));
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
}
