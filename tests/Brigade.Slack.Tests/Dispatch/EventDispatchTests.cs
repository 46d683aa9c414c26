using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>Events API bodies through POST /slack/events: the handshake, the queue, de-duplication.</summary>
public sealed class EventDispatchTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Url_verification_answers_the_challenge()
    {
        var response = await host.EventAsync(SlackFixtures.Json("event_url_verification.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Url_verification_without_a_challenge_is_a_bad_request()
    {
        var response = await host.EventAsync(new JsonObject { ["type"] = "url_verification" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_event_is_acknowledged_then_handled_once()
    {
        var response = await host.EventAsync(SlackFixtures.Json("event_team_join.json"));
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["event team_join Ev123ABC456"], host.Handled.Entries);
    }

    [Fact]
    public async Task A_redelivered_event_is_acknowledged_but_not_handled_again()
    {
        await host.EventAsync(SlackFixtures.Json("event_app_home_opened.json"));
        await host.FollowUp.WhenIdleAsync();

        var retry = host.Signer.Event(SlackFixtures.Json("event_app_home_opened.json"));
        retry.Headers.Add("X-Slack-Retry-Num", "1");
        retry.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        var response = await host.SendAsync(retry);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["event app_home_opened Ev08EUKK3342"], host.Handled.Entries);
    }

    [Fact]
    public async Task Two_events_with_different_ids_are_both_handled()
    {
        var second = SlackFixtures.Json("event_team_join.json");
        second["event_id"] = "Ev0SECOND";

        await host.EventAsync(SlackFixtures.Json("event_team_join.json"));
        await host.EventAsync(second);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(["event team_join Ev0SECOND", "event team_join Ev123ABC456"], host.Handled.Entries.Order());
    }

    [Fact]
    public async Task An_event_without_a_handler_is_acknowledged()
    {
        var response = await host.EventAsync(SlackFixtures.Json("event_reaction_added.json"));
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
    }

    [Fact]
    public async Task An_unknown_body_type_is_acknowledged()
    {
        var response = await host.EventAsync(new JsonObject
        {
            ["type"] = "app_rate_limited", ["team_id"] = "T1", ["minute_rate_limited"] = 1518467820,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_fields_are_tolerated()
    {
        var body = SlackFixtures.Json("event_team_join.json");
        body["context_team_id"] = "T1";
        body["event"]!["user"]!["who_knows"] = new JsonArray("x");

        var response = await host.EventAsync(body);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Handled.Entries);
    }

    [Fact]
    public async Task An_event_callback_without_an_event_id_is_a_bad_request()
    {
        var body = SlackFixtures.Json("event_team_join.json");
        body.Remove("event_id");

        Assert.Equal(HttpStatusCode.BadRequest, (await host.EventAsync(body)).StatusCode);
    }

    [Fact]
    public async Task A_redelivery_while_the_first_delivery_is_still_handled_is_acknowledged_and_dropped()
    {
        var body = Typed(SlowEvent.Type, "Ev0SLOW");
        var first = host.EventAsync(body);
        await host.Handled.SlowEventStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var retry = await host.SendAsync(Retry(body, 1));
        host.Handled.SlowEventEnd.SetResult();

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Retry(body, 2))).StatusCode);
        await host.FollowUp.WhenIdleAsync();
        Assert.Equal(["slow event Ev0SLOW"], host.Handled.Entries);
    }

    [Fact]
    public async Task The_ack_waits_for_the_handler_so_that_a_crash_before_it_makes_Slack_redeliver()
    {
        var first = host.EventAsync(Typed(SlowEvent.Type, "Ev0WAIT"));
        await host.Handled.SlowEventStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(first.IsCompleted);
        host.Handled.SlowEventEnd.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(["slow event Ev0WAIT"], host.Handled.Entries);
    }

    [Fact]
    public async Task A_handler_slower_than_the_ack_deadline_is_acknowledged_in_time_and_goes_on()
    {
        var first = host.EventAsync(Typed(SlowEvent.Type, "Ev0LATE"));
        await host.Handled.SlowEventStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        host.Time.Advance(await host.Time.NextTimerAsync());

        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Empty(host.Handled.Entries);
        host.Handled.SlowEventEnd.SetResult();
        await host.FollowUp.WhenIdleAsync();
        Assert.Equal(["slow event Ev0LATE"], host.Handled.Entries);
    }

    [Fact]
    public async Task An_event_whose_handler_failed_is_not_recorded_so_a_redelivery_handles_it()
    {
        var body = Typed(FailingOnceEvent.Type, "Ev0FAIL");

        Assert.Equal(HttpStatusCode.OK, (await host.EventAsync(body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Retry(body, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Retry(body, 2))).StatusCode);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(2, host.Handled.FailingEventRuns);
        Assert.Equal(["event channel_created Ev0FAIL"], host.Handled.Entries);
    }

    private static JsonObject Typed(string type, string eventId)
    {
        var body = SlackFixtures.Json("event_team_join.json");
        body["event_id"] = eventId;
        body["event"]!["type"] = type;
        return body;
    }

    private HttpRequestMessage Retry(JsonObject body, int number)
    {
        var retry = host.Signer.Event(body);
        retry.Headers.Add("X-Slack-Retry-Num", number.ToString());
        retry.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        return retry;
    }
}
