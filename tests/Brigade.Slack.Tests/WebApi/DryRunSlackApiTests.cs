using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>Without a bot token, calls are logged and recorded, never sent, and answered with plausible ids.</summary>
public sealed class DryRunSlackApiTests : IAsyncLifetime
{
    private readonly Recorder recorder = new();
    private SlackApiHarness harness = null!;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync(
        c => c["Slack:BotToken"] = null,
        s => s.AddSingleton<ISlackCallRecorder>(recorder));

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public void Without_a_bot_token_the_dry_run_client_is_used()
    {
        Assert.IsType<DryRunSlackApi>(harness.Api);
    }

    [Fact]
    public async Task The_users_it_makes_up_live_in_the_zone_the_app_gives_else_in_UTC()
    {
        Assert.Equal("UTC", (await harness.Api.UserInfoAsync("U1")).Tz);

        await using var other = await SlackApiHarness.StartAsync(c => c["Slack:BotToken"] = null,
            s => s.Configure<DryRunOptions>(o => o.UserTimeZone = "America/Halifax"));
        Assert.Equal("America/Halifax", (await other.Api.UserInfoAsync("U1")).Tz);
    }

    [Fact]
    public async Task A_message_is_logged_and_recorded_not_sent()
    {
        var posted = await harness.Api.PostMessageAsync("C1", new SlackMessage("Bonjour la brigade"));

        Assert.Empty(harness.Slack.Calls);
        Assert.Equal("C1", posted.Channel);
        Assert.Matches(@"^\d+\.\d{6}$", posted.Ts);
        Assert.Contains(harness.Logs.Lines, l => l.Message.Contains("dry run") && l.Message.Contains("chat.postMessage")
            && l.Message.Contains("Bonjour la brigade"));
        var (method, arguments) = Assert.Single(recorder.Calls);
        Assert.Equal("chat.postMessage", method);
        Assert.Equal("C1", arguments["channel"]?.GetValue<string>());
    }

    [Fact]
    public async Task Each_call_gets_its_own_plausible_ids()
    {
        var first = await harness.Api.PostMessageAsync("C1", new SlackMessage("un"));
        var second = await harness.Api.PostMessageAsync("C1", new SlackMessage("deux"));
        var dm = await harness.Api.OpenDirectMessageAsync("U123");
        var view = await harness.Api.OpenViewAsync("1.2.trigger", new ModalView("Titre", [new DividerBlock()]));
        var identity = await harness.Api.AuthTestAsync();

        Assert.NotEqual(first.Ts, second.Ts);
        Assert.Equal("D123", dm);
        Assert.StartsWith("V", view.Id);
        Assert.NotNull(view.Hash);
        Assert.StartsWith("U", identity.UserId);
        Assert.Empty(harness.Slack.Calls);
    }

    [Fact]
    public async Task A_file_upload_runs_its_three_steps_without_sending_anything()
    {
        var fileId = await harness.Api.UploadFileAsync("D1", "bilan.pdf", [1, 2, 3], "Bilan");

        Assert.StartsWith("F", fileId);
        Assert.Equal(["files.getUploadURLExternal", "(upload)", "files.completeUploadExternal"], recorder.Calls.Select(c => c.Method));
        Assert.Empty(harness.Slack.Calls);
    }

    [Fact]
    public async Task A_response_url_reply_is_recorded_not_sent()
    {
        await harness.Api.RespondAsync(harness.Slack.ResponseUrl(), new JsonObject { ["text"] = "ok" });

        Assert.Equal("(response_url)", Assert.Single(recorder.Calls).Method);
        Assert.Empty(harness.Slack.Calls);
    }

    private sealed class Recorder : ISlackCallRecorder
    {
        private readonly ConcurrentQueue<(string Method, JsonObject Arguments)> calls = new();
        public IReadOnlyList<(string Method, JsonObject Arguments)> Calls => calls.ToArray();
        public void Record(string method, JsonObject arguments, JsonObject response) => calls.Enqueue((method, arguments));
    }
}
