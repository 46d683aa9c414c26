using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>Payloads at the edges of what the dispatcher accepts: each gets a clean answer and no handler error.</summary>
public sealed class DispatchEdgeTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Url_verification_with_a_challenge_that_is_not_text_is_a_bad_request()
    {
        var response = await host.EventAsync(new JsonObject { ["type"] = "url_verification", ["challenge"] = 42 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_event_callback_whose_event_has_no_type_is_a_bad_request()
    {
        var body = SlackFixtures.Json("event_team_join.json");
        body["event"]!.AsObject().Remove("type");

        Assert.Equal(HttpStatusCode.BadRequest, (await host.EventAsync(body)).StatusCode);
        await host.FollowUp.WhenIdleAsync();
        Assert.Empty(host.Handled.Entries);
    }

    [Fact]
    public async Task A_view_handler_answering_nothing_closes_the_modal()
    {
        var payload = SlackFixtures.Json("view_submission.json");
        payload["view"]!["callback_id"] = TestRoutes.NullView;

        var response = await host.InteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_shortcut_nobody_handles_is_acknowledged_without_any_handler_error()
    {
        var payload = SlackFixtures.Json("shortcut_global.json");
        payload["callback_id"] = "unknown-shortcut";

        var response = await host.InteractionAsync(payload);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
        Assert.DoesNotContain(host.Logs.AtLeast(LogLevel.Error), l => l.Message.Contains("failed"));
    }
}
