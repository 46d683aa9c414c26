using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>What the dry-run client hands its recorders, and which lines it logs at which level.</summary>
public sealed class DryRunSlackApiRecordingTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private readonly Recorder first = new();
    private readonly Recorder second = new();
    private readonly LogCapture logs = new();

    private DryRunSlackApi Client(LogLevel minimum = LogLevel.Trace) => new(new FakeTimeProvider(Now),
        LoggerFactory.Create(l => l.AddProvider(logs).SetMinimumLevel(minimum)).CreateLogger<DryRunSlackApi>(),
        [first, second], Options.Create(new DryRunOptions()));

    [Fact]
    public async Task Every_recorder_gets_each_call_with_its_answer_and_copies_it_cannot_change()
    {
        var arguments = new JsonObject { ["channel"] = "C1", ["text"] = "Bonjour" };

        var answer = await Client().CallAsync("chat.postMessage", arguments);
        arguments["text"] = "changé";
        answer["ts"] = "changé";

        foreach (var recorder in new[] { first, second })
        {
            var (method, recorded, response) = Assert.Single(recorder.Calls);
            Assert.Equal("chat.postMessage", method);
            Assert.Equal("""{"channel":"C1","text":"Bonjour"}""", recorded.ToJsonString());
            Assert.Equal($$"""{"ok":true,"channel":"C1","ts":"{{Now.ToUnixTimeSeconds()}}.000001"}""", response.ToJsonString());
        }
    }

    [Fact]
    public async Task Calls_are_numbered_one_after_the_other()
    {
        var client = Client();

        var one = await client.CallAsync("chat.postEphemeral", new JsonObject());
        var two = await client.CallAsync("chat.postEphemeral", new JsonObject());

        Assert.Equal(($"{Now.ToUnixTimeSeconds()}.000001", $"{Now.ToUnixTimeSeconds()}.000002"),
            (one["message_ts"]?.ToString(), two["message_ts"]?.ToString()));
    }

    [Fact]
    public async Task An_upload_is_recorded_with_its_url_name_size_and_bytes()
    {
        await Client().UploadAsync("https://files.slack.invalid/upload/F1", new byte[] { 1, 2, 3 }, "a.bin");

        var (method, arguments, response) = Assert.Single(first.Calls);
        Assert.Equal("(upload)", method);
        Assert.Equal("""{"upload_url":"https://files.slack.invalid/upload/F1","filename":"a.bin","length":3,"content_base64":"AQID"}""",
            arguments.ToJsonString());
        Assert.Equal("""{"ok":true}""", response.ToJsonString());
        Assert.Single(second.Calls);
    }

    [Fact]
    public async Task A_response_url_reply_is_recorded_with_its_url_and_message()
    {
        var message = new JsonObject { ["text"] = "ok" };

        await Client().RespondAsync("https://hooks.slack.com/commands/T1/1/x", message);

        var (method, arguments, _) = Assert.Single(first.Calls);
        Assert.Equal("(response_url)", method);
        Assert.Equal("""{"response_url":"https://hooks.slack.com/commands/T1/1/x","message":{"text":"ok"}}""", arguments.ToJsonString());
    }

    [Fact]
    public async Task Without_debug_logging_the_arguments_are_not_written()
    {
        await Client(LogLevel.Information).CallAsync("chat.postMessage", new JsonObject { ["channel"] = "C1" });

        var line = Assert.Single(logs.Lines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("Slack dry run: chat.postMessage (16 bytes)", line.Message);
    }

    private sealed class Recorder : ISlackCallRecorder
    {
        public List<(string Method, JsonObject Arguments, JsonObject Response)> Calls { get; } = [];
        public void Record(string method, JsonObject arguments, JsonObject response) => Calls.Add((method, arguments, response));
    }
}
