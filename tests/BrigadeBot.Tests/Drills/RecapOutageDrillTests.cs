using Brigade.Slack.Testing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Features.Booking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// Slack unreachable for the animator's copy of a recap PDF: the member has theirs at once, the animator's is tried
/// again a minute later, and nobody gets it twice, however often the delivery runs.
/// </summary>
public sealed class RecapOutageDrillTests
{
    [Fact]
    public async Task A_recap_Slack_could_not_take_is_tried_again_and_reaches_whoever_missed_it_once()
    {
        var (host, flow, id) = await RecapTests.StartedSessionAsync();
        await using var _ = host;
        var down = true;
        host.Slack.Handle("files.completeUploadExternal", call =>
            down && call.Arg("channel_id") == "D0ANIMATOR" && call.AllText.Contains(RecapTexts.FileTitle)
                ? FakeReply.Error("service_unavailable")
                : null);

        Assert.Equal("", await RecapTests.SendRecapAsync(host, flow, id));
        await host.IdleAsync();

        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        var retryAt = host.Clock.GetUtcNow() + DeliveryRetries.RetryAfter;
        Assert.Equal(retryAt, await scheduler.NextFireTimeAsync(RecapDelivery.Key(id), default));
        Assert.Contains(host.Logs.AtLeast(LogLevel.Warning),
            l => l.Message.StartsWith($"Recap PDF of booking {id} not delivered (service_unavailable): retry at", StringComparison.Ordinal));
        Assert.Equal(["D0ANIMATOR", "D0MEMBER1"], RecapsSharedIn(host));

        down = false;
        host.Clock.Advance(DeliveryRetries.RetryAfter);
        await Eventually.HoldsAsync(() => RecapsSharedIn(host).Count == 3, "the animator's copy never went after the outage");
        await host.Services.GetRequiredService<RecapDelivery>().SendAsync(id, default);

        Assert.Equal(["D0ANIMATOR", "D0ANIMATOR", "D0MEMBER1"], RecapsSharedIn(host));
        Assert.Null(await scheduler.NextFireTimeAsync(RecapDelivery.Key(id), default));
    }

    [Fact]
    public async Task A_recap_the_member_s_DM_refuses_still_reaches_the_animator_and_the_log_says_it_was_dropped()
    {
        var (host, flow, id) = await RecapTests.StartedSessionAsync();
        await using var _ = host;
        host.Slack.Handle("files.completeUploadExternal", call =>
            call.Arg("channel_id") == "D0MEMBER1" && call.AllText.Contains(RecapTexts.FileTitle) ? FakeReply.Error("is_archived") : null);

        await RecapTests.SendRecapAsync(host, flow, id);
        await host.IdleAsync();

        Assert.Equal(["D0ANIMATOR", "D0MEMBER1"], RecapsSharedIn(host));
        Assert.Null(await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(RecapDelivery.Key(id), default));
        Assert.Contains(host.Logs.AtLeast(LogLevel.Warning), l => l.Message ==
            $"Recap PDF of booking {id} to {BrigadeHost.Member} dropped: not delivered (is_archived) and {DeliveryRetries.Refused}");
    }

    /// <summary>The DMs a recap PDF was shared in (each attempt, whatever Slack answered), in order of channel.</summary>
    private static List<string> RecapsSharedIn(BrigadeHost host) =>
        host.Slack.CallsTo("files.completeUploadExternal").Where(c => c.AllText.Contains(RecapTexts.FileTitle))
            .Select(c => c.Arg("channel_id")!).Order(StringComparer.Ordinal).ToList();
}
