using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Tests.Support;

namespace BrigadeBot.Tests.Hosting;

/// <summary>The built bot as a real process, killed while it handles an event: Slack's redelivery is handled, once.</summary>
public sealed class EventCrashTests
{
    [Fact]
    public async Task A_team_join_cut_short_by_kill_9_is_welcomed_exactly_once_when_Slack_redelivers_it()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var reachedSlack = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new ManualResetEventSlim();
        var held = 0;
        // The first welcome stops at its first Web API call, the DM channel: the process dies right there.
        slack.Handle("conversations.open", _ =>
        {
            if (Interlocked.Exchange(ref held, 1) == 0)
            {
                reachedSlack.TrySetResult();
                release.Wait(TimeSpan.FromSeconds(60));
            }
            return null;
        });
        var folder = TestFolders.Create("brigade-event-kill-");
        var environment = new Dictionary<string, string>
        {
            ["Slack__SigningSecret"] = BrigadeHost.SigningSecret,
            ["Slack__BotToken"] = FakeSlackServer.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack__ResponseUrlPrefixes__0"] = slack.ResponseUrlPrefix,
            // Slack gets its ack only once the handler is done: the kill surely comes before it.
            ["Slack__AckDeadline"] = "00:01:00",
            ["Storage__DatabasePath"] = Path.Combine(folder, "brigade.db"),
        };
        var signer = new SlackRequestSigner(BrigadeHost.SigningSecret);

        await using (var first = BotProcess.Start(environment))
        {
            await first.WaitStartedAsync();
            using var client = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
            var delivery = client.SendAsync(signer.Event(TeamJoin()));
            await reachedSlack.Task.WaitAsync(TimeSpan.FromSeconds(60));

            first.Kill();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
            // No acknowledgement reached Slack, which therefore delivers the event again.
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => delivery);
        }
        release.Set();

        await using var second = BotProcess.Start(environment);
        await second.WaitStartedAsync();
        using var retries = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
        for (var retry = 1; retry <= 3; retry++)
        {
            var request = signer.Event(TeamJoin());
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString());
            request.Headers.Add("X-Slack-Retry-Reason", "http_error");
            Assert.Equal(HttpStatusCode.OK, (await retries.SendAsync(request)).StatusCode);
        }

        var welcome = Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Contains("<@U0NEWCOMER>", welcome.AllText);
    }

    private static JsonObject TeamJoin()
    {
        var body = SlackFixtures.Json("event_team_join.json");
        body["event_id"] = "Ev0KILLED";
        body["event"]!["user"]!["id"] = "U0NEWCOMER";
        return body;
    }
}
