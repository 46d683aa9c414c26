using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Home;
using BrigadeBot.Tests.Features.Privacy;
using Microsoft.Extensions.DependencyInjection;
using static BrigadeBot.Tests.Features.Booking.BookingFlow;

namespace BrigadeBot.Tests.Features.Codev;

/// <summary>A full meeting's waiting list: offers held on the fake clock, passed on, taken, left; the meeting is Tuesday 8 December.</summary>
public sealed class MeetingWaitlistTests
{
    private const string Offer = "Une place s'est libérée pour vous";

    private static async Task<(BrigadeHost Host, CodevMeeting Meeting)> FullMeetingAsync(int capacity = 1, Dictionary<string, string?>? settings = null)
    {
        var host = await BrigadeHost.StartAsync(settings);
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment garder nos bénévoles motivé·es ?"), capacity);
        for (var i = 0; i < capacity; i++) await host.RegisterAsync(meeting, $"U0GOER{i}");
        await host.IdleAsync();
        return (host, meeting);
    }

    private static Task<HttpResponseMessage> JoinAsync(BrigadeHost host, CodevMeeting meeting, string member) =>
        host.ClickAsync(CodevIds.JoinWaitlist, meeting.Id.ToString(), member);

    private static async Task<CodevMeeting> MeetingAsync(BrigadeHost host, int id) =>
        (await host.Services.GetRequiredService<MeetingStore>().FindAsync(id))!;

    private static int CalendarFilesTo(BrigadeHost host, string member) =>
        host.Slack.CallsTo("files.completeUploadExternal").Count(c => c.Arg("channel_id") == "D" + member[1..]);

    [Fact]
    public async Task A_full_meeting_offers_its_waiting_list_and_a_freed_place_is_held_for_the_first_in_line_who_takes_it()
    {
        var (host, meeting) = await FullMeetingAsync();
        await using var _ = host;
        var view = (await (await host.CommandAsync("codev", userId: "U0WAIT1")).ReadObjectAsync()).Readable();
        Assert.Contains(MemberMeetingTexts.JoinWaitlistButton, view);
        Assert.Contains(CodevIds.JoinWaitlist, view);
        Assert.DoesNotContain(CodevIds.Register + "\"", view);
        var announcement = host.Slack.CallsTo("chat.update").Last(u => u.Arg("ts") == meeting.MessageTs).AllText;
        Assert.Contains(CodevIds.JoinWaitlist, announcement);

        await host.RegisterAsync(meeting, "U0LATE"); // « Je serai là » on the full announcement: the list is offered instead
        await host.IdleAsync();
        Assert.Contains(CodevIds.JoinWaitlist, host.Slack.CallsTo("(response_url)").Last().AllText);

        await JoinAsync(host, meeting, "U0WAIT1");
        await JoinAsync(host, meeting, "U0WAIT2");
        await host.IdleAsync();
        Assert.Contains("vous êtes la prochaine personne", host.Slack.RepliesTo("U0WAIT1").Last());
        Assert.Contains("2e dans la file", host.Slack.RepliesTo("U0WAIT2").Last());
        Assert.Contains("2e dans la file", (await (await host.CommandAsync("codev", userId: "U0WAIT2")).ReadObjectAsync()).Readable());

        await host.UnregisterAsync(meeting, "U0GOER0");
        await host.IdleAsync();
        var entry = Assert.Single(new BookingFlow(host).Waitlist(), e => e.OfferedPlace is not null);
        Assert.Equal(("U0WAIT1", MeetingQueues.Of(meeting.Id), host.Clock.GetUtcNow().UtcDateTime.AddMinutes(120)),
            (entry.MemberId, entry.OfferedPlace, entry.HoldUntilUtc));
        var dm = Assert.Single(Sent(host, Offer));
        Assert.Equal("D0WAIT1", dm.Arg("channel"));
        Assert.Contains(CodevIds.TakeOffer, dm.AllText);
        Assert.Contains(MemberMeetingTexts.TakeOfferButton, dm.AllText);
        Assert.Equal(0, (await MeetingAsync(host, meeting.Id)).PlacesLeft);

        // Held for U0WAIT1: nobody else gets it, even with a forged click.
        await host.RegisterAsync(meeting, "U0OTHER");
        await host.IdleAsync();
        Assert.DoesNotContain("U0OTHER", (await MeetingAsync(host, meeting.Id)).RegisteredIds);

        await host.ClickAsync(CodevIds.TakeOffer, meeting.Id.ToString(), "U0WAIT1", channelId: "D0WAIT1");
        await host.IdleAsync();
        Assert.Equal(["U0WAIT1"], (await MeetingAsync(host, meeting.Id)).RegisteredIds);
        Assert.Equal(1, CalendarFilesTo(host, "U0WAIT1"));
        Assert.Equal("U0WAIT2", Assert.Single(new BookingFlow(host).Waitlist()).MemberId);
    }

    [Fact]
    public async Task An_unanswered_offer_passes_to_the_next_person_when_its_hold_ends_never_two_at_once()
    {
        var (host, meeting) = await FullMeetingAsync(settings: new() { ["Brigade:Codev:WaitlistHoldMinutes"] = "60" });
        await using var _ = host;
        await JoinAsync(host, meeting, "U0WAIT1");
        await JoinAsync(host, meeting, "U0WAIT2");
        await host.UnregisterAsync(meeting, "U0GOER0");
        await host.IdleAsync();
        var flow = new BookingFlow(host);
        Assert.Equal("U0WAIT1", Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null).MemberId);

        await AdvanceToAsync(host, host.Clock.GetUtcNow().AddMinutes(59), "ZZZ-nothing", 0);
        Assert.Equal("U0WAIT1", Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null).MemberId);

        await AdvanceToAsync(host, host.Clock.GetUtcNow().AddMinutes(1), Offer, 2);
        var next = Assert.Single(flow.Waitlist());
        Assert.Equal(("U0WAIT2", MeetingQueues.Of(meeting.Id)), (next.MemberId, next.OfferedPlace));
        Assert.Equal("D0WAIT2", Sent(host, Offer)[^1].Arg("channel"));
        Assert.Single(Sent(host, "Le délai est passé"), c => c.Arg("channel") == "D0WAIT1");

        await host.ClickAsync(CodevIds.TakeOffer, meeting.Id.ToString(), "U0WAIT1", channelId: "D0WAIT1"); // too late
        await host.IdleAsync();
        Assert.Empty((await MeetingAsync(host, meeting.Id)).RegisteredIds);

        await AdvanceToAsync(host, host.Clock.GetUtcNow().AddMinutes(60), "Le délai est passé", 2);
        Assert.Empty(flow.Waitlist());
        await host.RegisterAsync(meeting, "U0ANY"); // free for anyone again
        await host.IdleAsync();
        Assert.Equal(["U0ANY"], (await MeetingAsync(host, meeting.Id)).RegisteredIds);
    }

    [Fact]
    public async Task Holds_are_rebuilt_at_start()
    {
        var (first, meeting) = await FullMeetingAsync();
        await JoinAsync(first, meeting, "U0WAIT1");
        await JoinAsync(first, meeting, "U0WAIT2");
        await first.UnregisterAsync(meeting, "U0GOER0");
        await first.IdleAsync();
        await first.DisposeAsync(keepSlack: true);

        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        await AdvanceToAsync(second, second.Clock.GetUtcNow().AddMinutes(120), Offer, 2);
        Assert.Equal("U0WAIT2", Assert.Single(new BookingFlow(second).Waitlist()).MemberId);
    }

    [Fact]
    public async Task A_member_leaves_the_list_from_codev_and_the_Home_and_a_place_held_goes_to_the_next()
    {
        var (host, meeting) = await FullMeetingAsync();
        await using var _ = host;
        await HomeTests.OpenHomeAsync(host, "U0WAIT1");
        Assert.Contains(CodevIds.HomeJoinWaitlist, HomeTests.Published(host, "U0WAIT1")[^1].AllText);
        await host.ClickAsync(CodevIds.HomeJoinWaitlist, meeting.Id.ToString(), "U0WAIT1");
        await JoinAsync(host, meeting, "U0WAIT2");
        await JoinAsync(host, meeting, "U0WAIT3");
        await host.IdleAsync();
        var flow = new BookingFlow(host);

        await host.UnregisterAsync(meeting, "U0GOER0");
        await host.IdleAsync();
        var held = Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null);
        Assert.Equal("U0WAIT1", held.MemberId);
        await HomeTests.OpenHomeAsync(host, "U0WAIT1");
        var home = HomeTests.Published(host, "U0WAIT1")[^1].AllText;
        Assert.Contains(MemberMeetingTexts.TakeOfferButton, home);
        Assert.Contains(CodevIds.HomeLeaveWaitlist, home);

        await host.ClickAsync(CodevIds.HomeLeaveWaitlist, held.Id, "U0WAIT1");
        await host.IdleAsync();
        Assert.Contains(MemberMeetingTexts.LeftWaitlist, HomeTests.Published(host, "U0WAIT1")[^1].AllText);
        Assert.Equal("U0WAIT2", Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null).MemberId);

        var waiting = flow.Waitlist().Single(e => e.MemberId == "U0WAIT3");
        Assert.Contains(CodevIds.LeaveWaitlist, (await (await host.CommandAsync("codev", userId: "U0WAIT3")).ReadObjectAsync()).ToJsonString());
        await host.ClickAsync(CodevIds.LeaveWaitlist, waiting.Id, "U0WAIT2"); // not theirs
        await host.ClickAsync(CodevIds.LeaveWaitlist, waiting.Id, "U0WAIT3");
        await host.IdleAsync();
        Assert.Contains(MemberMeetingTexts.LeftWaitlist, host.Slack.CallsTo("(response_url)").Last().AllText);
        Assert.Equal(["U0WAIT2"], flow.Waitlist().Select(e => e.MemberId));
    }

    [Fact]
    public async Task More_places_and_an_erased_registrant_go_to_the_waiting_list_the_export_shows_it_a_cancelled_meeting_empties_it()
    {
        var (host, meeting) = await FullMeetingAsync();
        await using var _ = host;
        foreach (var member in new[] { "U0WAIT1", "U0WAIT2", BrigadeHost.Member }) await JoinAsync(host, meeting, member);
        await host.IdleAsync();
        var flow = new BookingFlow(host);

        await host.ClickAsync(CodevIds.EditMeeting, meeting.Id.ToString(), BrigadeHost.Animator, channelId: "C0GENERAL");
        Assert.Equal("", await (await host.SubmitAsync(host.Slack.OpenedView(), BrigadeHost.Animator,
            CodevMeetings.Form(meeting.ProposalId, capacity: 2))).Content.ReadAsStringAsync());
        await host.IdleAsync();
        Assert.Equal("U0WAIT1", Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null).MemberId);

        var privacy = new PrivacyFlow(host);
        await host.CommandAsync("mes-données");
        await host.IdleAsync();
        var exported = Assert.Single(privacy.LastExport()["waitlists"]!.AsArray())!;
        Assert.Equal(MeetingQueues.Of(meeting.Id), exported["queue"]!.ToString());
        await privacy.SubmitAsync(await privacy.OpenAsync("oublier", "U0GOER0"), "U0GOER0");
        await host.IdleAsync();
        Assert.Equal(["U0WAIT1", "U0WAIT2"], flow.Waitlist().Where(e => e.OfferedPlace is not null).Select(e => e.MemberId).Order());
        await privacy.SubmitAsync(await privacy.OpenAsync("oublier", "U0WAIT1"), "U0WAIT1"); // held a place: it goes on
        await host.IdleAsync();
        Assert.Equal([BrigadeHost.Member, "U0WAIT2"], flow.Waitlist().Where(e => e.OfferedPlace is not null).Select(e => e.MemberId).Order());

        await host.ClickAsync(CodevIds.CancelMeeting, meeting.Id.ToString(), BrigadeHost.Animator, channelId: "C0GENERAL");
        await host.IdleAsync();
        Assert.Empty(flow.Waitlist());
    }

    [Fact]
    public async Task Cancelling_a_meeting_tells_each_member_of_its_waiting_list_once_and_not_its_registrants()
    {
        var (host, meeting) = await FullMeetingAsync();
        await using var _ = host;
        await JoinAsync(host, meeting, "U0WAIT1");
        await JoinAsync(host, meeting, "U0WAIT2");
        await host.UnregisterAsync(meeting, "U0GOER0"); // U0WAIT1 now holds an offer, U0WAIT2 still waits
        await host.RegisterAsync(meeting, "U0GOER1");
        await host.IdleAsync();

        await host.ClickAsync(CodevIds.CancelMeeting, meeting.Id.ToString(), BrigadeHost.Animator, channelId: "C0GENERAL");
        await host.IdleAsync();

        var told = Sent(host, "dont vous étiez sur la liste d'attente");
        Assert.Equal(["D0WAIT1", "D0WAIT2"], told.Select(c => c.Arg("channel")).Order());
        Assert.All(told, c => Assert.Contains("est annulée", c.AllText));
        Assert.Empty(new BookingFlow(host).Waitlist());
    }

    [Fact]
    public async Task A_meetings_list_goes_with_the_retention_run_once_the_meeting_has_started()
    {
        var (host, meeting) = await FullMeetingAsync();
        await using var _ = host;
        await JoinAsync(host, meeting, "U0WAIT1");
        await host.IdleAsync();
        var retention = host.Services.GetRequiredService<BrigadeBot.Features.Privacy.RetentionService>();
        // The test runs retention itself: the nightly job must not race it when the clock moves.
        await host.Services.GetRequiredService<BrigadeBot.Scheduling.IBrigadeScheduler>().UnscheduleAsync(BrigadeBot.Features.Privacy.RetentionService.Key, default);
        Assert.Equal(0, (await retention.RunAsync(default))["waitlists"]);

        host.Clock.Advance(CodevMeetings.StartsAtUtc.AddMinutes(1) - host.Clock.GetUtcNow());

        Assert.Equal(1, (await retention.RunAsync(default))["waitlists"]);
        Assert.Empty(new BookingFlow(host).Waitlist());
    }
}
