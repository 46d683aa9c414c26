using Brigade.Slack.Diagnostics;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.Diagnostics;

/// <summary>Every log line a Slack request causes, before or after the ack, carries the request's id.</summary>
public sealed class CorrelationTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private List<string?> IdsOf(string message) =>
        host.Logs.Lines.Where(l => l.Message == message).Select(l => l.Scope(SlackRequestId.LogKey)).ToList();

    [Fact]
    public async Task A_follow_up_logs_with_the_id_of_the_request_that_queued_it_and_each_request_has_its_own()
    {
        await host.CommandAsync(TestRoutes.QueueingCommand);
        await host.FollowUp.WhenIdleAsync();
        await host.CommandAsync(TestRoutes.QueueingCommand);
        await host.FollowUp.WhenIdleAsync();

        var handled = IdsOf("Command suivi handled");
        var followUps = IdsOf("Follow-up of suivi ran");
        Assert.Equal(2, handled.Distinct().Count());
        Assert.All(handled, id => Assert.Matches("^[0-9a-f]{16}$", id));
        Assert.Equal(handled.Order(), followUps.Order());
    }

    [Fact]
    public async Task An_event_is_known_by_its_event_id()
    {
        var body = SlackFixtures.Json("event_team_join.json");
        body["event_id"] = "Ev0CORRELATED";

        await host.EventAsync(body);

        Assert.Equal(["Ev0CORRELATED"], IdsOf("Slack event request"));
    }

    [Fact]
    public async Task Work_queued_outside_a_request_has_no_id()
    {
        host.FollowUp.Enqueue("job work", (services, _) =>
        {
            services.GetRequiredService<ILogger<CorrelationTests>>().LogInformation("Job work ran");
            return Task.CompletedTask;
        });
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal([null], IdsOf("Job work ran"));
    }
}
