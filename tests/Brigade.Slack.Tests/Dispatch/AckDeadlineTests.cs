using System.Net;
using Brigade.Slack;
using Brigade.Slack.Routing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>
/// A handler slower than the ack deadline: Slack gets its empty 200 when the deadline passes on the clock,
/// and the reply goes to the response_url once the handler ends.
/// </summary>
public sealed class AckDeadlineTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = new SlackOptions().AckDeadline;
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>Posts the slow command and lets the deadline pass, so that Slack has its ack.</summary>
    private async Task AckedSlowCommandAsync()
    {
        var response = await host.StartSlowCommandAsync();
        host.Time.Advance(Deadline);
        await response.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_ack_is_sent_when_the_deadline_passes_and_not_before()
    {
        var response = await host.StartSlowCommandAsync();

        host.Time.Advance(Deadline - TimeSpan.FromMilliseconds(1));
        Assert.False(response.IsCompleted);
        host.Time.Advance(TimeSpan.FromMilliseconds(1));
        var ack = await response.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("", await ack.Content.ReadAsStringAsync());
        Assert.Empty(host.Slack.Calls);
    }

    [Fact]
    public async Task The_late_reply_is_delivered_to_the_response_url()
    {
        await AckedSlowCommandAsync();

        host.Handled.SlowReply.SetResult(CommandReply.Ephemeral("Voici tes réservations."));
        var reply = Assert.Single(await host.Slack.WaitForAsync("(response_url)"));

        Assert.Equal("/hooks/commands/T0TEAM/slow", reply.Arguments["url"]?.GetValue<string>());
        Assert.Equal("Voici tes réservations.", reply.Arguments["message"]?["text"]?.GetValue<string>());
        Assert.Equal("ephemeral", reply.Arguments["message"]?["response_type"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_late_failure_sends_the_apology_to_the_response_url()
    {
        await AckedSlowCommandAsync();

        host.Handled.SlowReply.SetException(new InvalidOperationException("late failure"));
        var reply = Assert.Single(await host.Slack.WaitForAsync("(response_url)"));

        Assert.Equal(new SlackFailureTexts().Apology, reply.Arguments["message"]?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_silent_late_handler_sends_nothing()
    {
        await AckedSlowCommandAsync();

        host.Handled.SlowReply.SetResult(null);
        await host.FollowUp.WhenIdleAsync();

        Assert.Empty(host.Slack.Calls);
    }

    [Fact]
    public async Task A_shutdown_does_not_wait_for_a_stuck_late_handler()
    {
        await AckedSlowCommandAsync();

        // The host's own shutdown timeout is 30 s: stopping well before it means the follow-up let go.
        await host.StopAppAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(host.Slack.Calls);
    }
}
