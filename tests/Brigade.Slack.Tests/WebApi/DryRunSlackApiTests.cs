using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
        Assert.Contains(harness.Logs.Lines, l => l.Level == LogLevel.Information && l.Message.Contains("dry run")
            && l.Message.Contains("chat.postMessage"));
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
    public async Task Information_shows_the_method_and_size_and_debug_the_arguments_without_texts_urls_or_tokens()
    {
        const string memberText = "Mon voisin Jean Tremblay a un problème";
        var responseUrl = harness.Slack.ResponseUrl("secret-hook");

        await harness.Api.PostMessageAsync("C1", new SlackMessage(memberText, [SectionBlock.Markdown(memberText)]), threadTs: "1.000001");
        await harness.Api.RespondAsync(responseUrl, new JsonObject { ["text"] = memberText });
        await harness.Api.CallAsync("views.open", new JsonObject { ["trigger_id"] = "1.2.secret-trigger", ["token"] = "xoxb-leak" });

        var information = harness.Logs.AtLeast(LogLevel.Information).ToArray();
        Assert.Contains(information, l => l.Message.StartsWith("Slack dry run: chat.postMessage (") && l.Message.EndsWith(" bytes)"));
        Assert.Contains(information, l => l.Message.StartsWith("Slack dry run: (response_url) ("));
        var debug = Assert.Single(harness.Logs.Lines, l => l.Level == LogLevel.Debug && l.Message.Contains("chat.postMessage"));
        Assert.Contains("\"channel\":\"C1\"", debug.Message);
        Assert.Contains("\"thread_ts\":\"1.000001\"", debug.Message);
        Assert.Contains("\"type\":\"section\"", debug.Message);
        foreach (var secret in new[] { "Tremblay", "secret-hook", "secret-trigger", "xoxb-leak" })
            Assert.DoesNotContain(secret, harness.Logs.AllText);
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
