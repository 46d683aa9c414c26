using Brigade.Slack.Testing;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Events;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using BrigadeBot.Tests.Features.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// Slack unreachable for one registrant's replay when the attendance is marked: the others have their replay and survey
/// at once, the missing replay goes a minute later, and nobody gets anything twice, even when attendance is marked again.
/// </summary>
public sealed class ConferenceFollowUpOutageDrillTests : EventHostTests
{
    private const string ReplayText = "rediffusion est en ligne";

    [Fact]
    public async Task A_replay_Slack_could_not_take_is_tried_again_and_reaches_the_absent_registrant_once()
    {
        await host.Services.GetRequiredService<Consents>().RecordAsync("U0ALICE", ConsentPurposes.Survey, true, default);
        var conference = await flow.CreateAsync();
        foreach (var member in new[] { "U0ALICE", "U0BOB", "U0CAROL" }) await flow.RegisterAsync(conference, member);
        await host.IdleAsync();
        host.Clock.Advance(EventFlow.StartsAtUtc.AddHours(2) - host.Clock.GetUtcNow());
        var down = true;
        host.Slack.Handle("chat.postMessage", call =>
            down && call.Arg("channel") == "D0CAROL" && call.AllText.Contains(ReplayText) ? FakeReply.Error("service_unavailable") : null);

        await MarkAsync(conference, "U0ALICE|U0BOB");
        var markedAt = (await flow.ReloadAsync(conference)).AttendanceMarkedAtUtc!.Value;
        var key = EventFollowUps.Key(conference.Id, EventFollowUpKind.Replay, markedAt);
        var scheduler = host.Services.GetRequiredService<IBrigadeScheduler>();
        Assert.Equal(host.Clock.GetUtcNow() + DeliveryRetries.RetryAfter, await scheduler.NextFireTimeAsync(key, default));
        Assert.Contains(host.Logs.AtLeast(LogLevel.Warning), l => l.Message.StartsWith(
            $"Conference replay for conference {conference.Id} not delivered (service_unavailable): retry at", StringComparison.Ordinal));
        Assert.Single(flow.DirectMessages("U0ALICE"), c => c.AllText.Contains("Donner mon avis"));

        down = false;
        await MarkAsync(conference, "U0ALICE|U0BOB");
        host.Clock.Advance(DeliveryRetries.RetryAfter);
        await Eventually.HoldsAsync(() => flow.DirectMessages("U0CAROL").Count(c => c.AllText.Contains(ReplayText)) == 2,
            "the replay never went after the outage");
        await host.Services.GetRequiredService<EventFollowUps>().SendAsync(conference.Id, EventFollowUpKind.Replay, markedAt,
            ["U0CAROL"], default);

        Assert.Equal(2, flow.DirectMessages("U0CAROL").Count(c => c.AllText.Contains(ReplayText))); // the failed try, then the one that went
        Assert.Single(flow.DirectMessages("U0ALICE"), c => c.AllText.Contains("Donner mon avis"));
        Assert.DoesNotContain(flow.DirectMessages("U0BOB"), c => c.AllText.Contains(ReplayText));
        Assert.Null(await scheduler.NextFireTimeAsync(key, default));
    }

    private async Task MarkAsync(Conference conference, string present)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await host.ClickAsync(EventsIds.Attendance, conference.Id.ToString(), BrigadeHost.Animator, "C0GENERAL");
        var form = ModalForm.From((await host.Slack.WaitForAsync("views.open", before + 1))[^1])
            .Set("Présent·es", present).Set("Lien de la rediffusion (facultatif)", "https://video.example.org/replay");
        Assert.Equal("", await (await host.InteractionAsync(form.Submission(BrigadeHost.Animator))).Content.ReadAsStringAsync());
        await host.IdleAsync();
    }
}
