using System.Text;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Features.Home;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.DependencyInjection;
using IcsCalendar = Ical.Net.Calendar;

namespace BrigadeBot.Tests.Features.Codev;

/// <summary>Codevelopment from the member's side: the meetings, registration with its .ics, changes, attendance.</summary>
public sealed class MemberSideTests : IAsyncLifetime
{
    private BrigadeHost host = null!;

    public async Task InitializeAsync() => host = await BrigadeHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private MeetingStore Meetings => host.Services.GetRequiredService<MeetingStore>();

    private IReadOnlyList<string> CalendarFilesOf(string memberId)
    {
        var uploads = host.Slack.CallsTo("(upload)").Select(c => Encoding.UTF8.GetString(Convert.FromBase64String(c.Arg("content_base64")!))).ToList();
        var channels = host.Slack.CallsTo("files.completeUploadExternal").Select(c => c.Arg("channel_id")).ToList();
        return uploads.Where((_, i) => channels[i] == "D" + memberId[1..]).ToList();
    }

    private static CalendarEvent SingleEvent(string ics, out IcsCalendar calendar)
    {
        calendar = IcsCalendar.Load(ics)!;
        return Assert.Single(calendar.Events);
    }

    [Fact]
    public async Task A_member_sees_the_coming_meetings_registers_with_a_calendar_file_and_finds_their_proposals()
    {
        var proposal = await host.ProposeAsync("Comment trouver des bénévoles pour notre festival ?", author: "U0AUTHOR");
        var meeting = await host.ScheduleAsync(proposal, capacity: 5);

        var view = (await (await host.CommandAsync("codev", userId: "U0READER")).ReadObjectAsync()).Readable();
        Assert.Contains("Comment trouver des bénévoles", view);
        Assert.Contains("mardi 8 décembre à 13 h 30", view);
        Assert.Contains("Salle des Belles histoires", view);
        Assert.Contains(FrenchTypography.Apply("Places restantes : 5 sur 5"), view);
        Assert.Contains("M'inscrire", view);
        Assert.Contains(CodevIds.Register, view);
        Assert.Contains("Vous n'avez rien proposé", view);

        await host.RegisterAsync(meeting, "U0READER");
        await host.IdleAsync();
        var invitation = SingleEvent(Assert.Single(CalendarFilesOf("U0READER")), out var calendar);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(CalendarEntry.UidOf("codev", meeting.Id.ToString()), invitation.Uid);
        Assert.Equal(0, invitation.Sequence);
        Assert.Equal(CodevMeetings.StartsAtUtc.UtcDateTime, invitation.DtStart!.AsUtc);
        Assert.Equal(MeetingTexts.DefaultPlace, invitation.Location);

        var after = (await (await host.CommandAsync("codev", userId: "U0READER")).ReadObjectAsync()).Readable();
        Assert.Contains("Me désinscrire", after);
        Assert.Contains("vous êtes inscrit·e", after);
        var mine = (await (await host.CommandAsync("codev", userId: "U0AUTHOR")).ReadObjectAsync()).Readable();
        Assert.Contains($"no {proposal.Id} · retenue, rencontre le mardi 8 décembre à 13 h 30", mine);

        await host.UnregisterAsync(meeting, "U0READER");
        await host.IdleAsync();
        var cancel = SingleEvent(CalendarFilesOf("U0READER")[1], out var cancelled);
        Assert.Equal("CANCEL", cancelled.Method);
        Assert.Equal(invitation.Uid, cancel.Uid);
    }

    [Fact]
    public async Task Animators_keep_their_scheduling_form()
    {
        await host.ProposeAsync("Comment tenir une assemblée générale hybride ?");
        var reply = await (await host.CommandAsync("codev", userId: BrigadeHost.Animator)).Content.ReadAsStringAsync();
        Assert.Equal("", reply);
        Assert.Equal(CodevIds.MeetingModal, host.Slack.OpenedView()["callback_id"]!.ToString());
    }

    [Fact]
    public async Task An_edit_moves_the_registrants_calendar_event_with_a_higher_sequence_and_a_cancellation_removes_it()
    {
        var proposal = await host.ProposeAsync("Comment rejoindre un public adolescent ?");
        var meeting = await host.ScheduleAsync(proposal, capacity: 3);
        await host.RegisterAsync(meeting, "U0GOER");
        await host.RegisterAsync(meeting, "U0OTHER");
        await host.IdleAsync();

        await host.ClickAsync(CodevIds.EditMeeting, meeting.Id.ToString(), BrigadeHost.Animator, channelId: "C0GENERAL");
        var form = host.Slack.OpenedView();
        Assert.Contains("Modifier la rencontre", form.Readable());
        var tooSmall = CodevMeetings.Form(proposal.Id, capacity: 1, start: "15:00");
        Assert.Contains("déjà inscrites", await (await host.SubmitAsync(form, BrigadeHost.Animator, tooSmall)).Content.ReadAsStringAsync());
        var fields = CodevMeetings.Form(proposal.Id, capacity: 4, start: "15:00");
        fields[CodevIds.PlaceBlock] = CodevSlack.Text("Bibliothèque de Saint-Jérôme");
        Assert.Equal("", await (await host.SubmitAsync(form, BrigadeHost.Animator, fields)).Content.ReadAsStringAsync());
        await host.IdleAsync();

        var edited = (await Meetings.FindAsync(meeting.Id))!;
        Assert.Equal((1, 4, "Bibliothèque de Saint-Jérôme"), (edited.Sequence, edited.Capacity, edited.Place));
        var moved = SingleEvent(CalendarFilesOf("U0GOER").Last(), out _);
        Assert.Equal(CalendarEntry.UidOf("codev", meeting.Id.ToString()), moved.Uid);
        Assert.Equal(1, moved.Sequence);
        Assert.Equal(new DateTime(2026, 12, 8, 20, 0, 0, DateTimeKind.Utc), moved.DtStart!.AsUtc);
        Assert.Contains(host.Slack.CallsTo("chat.postMessage"), c => c.Arg("channel") == "D0OTHER" && c.AllText.Contains("Bibliothèque de Saint-Jérôme"));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 20, 0, 0, TimeSpan.Zero),
            await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(MeetingReminders.KeyOf(meeting.Id), default));

        await host.ClickAsync(CodevIds.CancelMeeting, meeting.Id.ToString(), BrigadeHost.Animator, channelId: "C0GENERAL");
        await host.IdleAsync();
        Assert.Contains("est annulée", host.Slack.RepliesTo(BrigadeHost.Animator).Last());
        var gone = SingleEvent(CalendarFilesOf("U0OTHER").Last(), out var cancellation);
        Assert.Equal("CANCEL", cancellation.Method);
        Assert.Equal(EventStatus.Cancelled, gone.Status);
        Assert.Equal(2, gone.Sequence);
        Assert.Equal(MeetingStatus.Cancelled, (await Meetings.FindAsync(meeting.Id))!.Status);
        Assert.Equal(ProposalStatus.Open, (await host.Services.GetRequiredService<ProposalStore>().FindAsync(proposal.Id))!.Status);
        var ts = (await Meetings.FindAsync(meeting.Id))!.MessageTs;
        Assert.Contains("rencontre annulée", host.Slack.CallsTo("chat.update").Last(u => u.Arg("ts") == ts).AllText);

        await host.RegisterAsync(meeting, "U0LATE");
        await host.IdleAsync();
        Assert.Contains("fermées", host.Slack.RepliesTo("U0LATE").Single());
    }

    [Fact]
    public async Task Animators_mark_attendance_once_started_and_the_report_counts_it()
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment documenter nos archives en ligne ?"));
        foreach (var member in new[] { "U0CAME1", "U0CAME2", "U0MISSED" }) await host.RegisterAsync(meeting, member);
        await host.IdleAsync();

        await host.ClickAsync(CodevIds.Attendance, meeting.Id.ToString(), BrigadeHost.Animator, channelId: "C0GENERAL");
        await host.IdleAsync();
        Assert.Contains("une fois la rencontre commencée", host.Slack.RepliesTo(BrigadeHost.Animator).Last());

        host.Clock.Advance(CodevMeetings.StartsAtUtc.AddMinutes(100) - host.Clock.GetUtcNow());
        var list = (await (await host.CommandAsync("codev liste", userId: BrigadeHost.Animator)).ReadObjectAsync()).ToJsonString();
        Assert.Contains(CodevIds.Attendance, list);
        await host.ClickAsync(CodevIds.Attendance, meeting.Id.ToString(), BrigadeHost.Animator, channelId: "C0GENERAL");
        var form = host.Slack.OpenedView();
        Assert.Equal(CodevIds.AttendanceModal, form["callback_id"]!.ToString());
        var ticked = CodevSlack.Checked("U0CAME1", "U0CAME2", "U0FORGED");
        Assert.Equal("", await (await host.SubmitAsync(form, BrigadeHost.Animator, new() { [CodevIds.AttendanceBlock(0)] = ticked })).Content.ReadAsStringAsync());
        await host.IdleAsync();

        Assert.Equal(["U0CAME1", "U0CAME2"], (await Meetings.FindAsync(meeting.Id))!.AttendedIds);
        Assert.Contains("2 personne(s)", host.Slack.RepliesTo(BrigadeHost.Animator).Last());
        var counter = host.Services.GetServices<IImpactCounter>();
        var period = new ImpactPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));
        int? attended = null;
        foreach (var c in counter) attended ??= await c.CountAsync(ImpactFigures.CodevAttendances, period, default);
        Assert.Equal(2, attended);
    }

    [Fact]
    public async Task The_Home_lists_the_meetings_and_registers_from_there_and_votes_say_who_sees_them()
    {
        var meeting = await host.ScheduleAsync(await host.ProposeAsync("Comment fixer le prix de nos ateliers ?"));
        await host.ProposeAsync("Comment partager nos locaux avec un autre organisme ?");

        await HomeTests.OpenHomeAsync(host, "U0HOMER");
        var home = HomeTests.Published(host, "U0HOMER").Last().AllText;
        Assert.Contains(CodevIds.HomeRegister, home);
        Assert.Contains("Comment fixer le prix", home);
        Assert.Contains("Les votes ne sont pas anonymes", home);

        await host.ClickAsync(CodevIds.HomeRegister, meeting.Id.ToString(), "U0HOMER");
        await host.IdleAsync();
        Assert.Equal(["U0HOMER"], (await Meetings.FindAsync(meeting.Id))!.RegisteredIds);
        var after = HomeTests.Published(host, "U0HOMER").Last().AllText;
        Assert.Contains("vous êtes inscrit·e", after);
        Assert.Contains(CodevIds.HomeUnregister, after);
        Assert.Single(CalendarFilesOf("U0HOMER"));

        var topics = (await (await host.CommandAsync("sujets", userId: "U0HOMER")).ReadObjectAsync()).Readable();
        Assert.Contains("les personnes animatrices voient qui a voté", topics);
    }

    [Fact]
    public async Task An_author_edits_a_proposal_until_its_first_vote()
    {
        var proposal = await host.ProposeAsync("Comment fidéliser nos abonné·es ?", author: "U0WRITER");
        var mine = (await (await host.CommandAsync("codev", userId: "U0WRITER")).ReadObjectAsync()).ToJsonString();
        Assert.Contains(CodevIds.EditProposal, mine);
        Assert.DoesNotContain(CodevIds.EditProposal, (await (await host.CommandAsync("codev", userId: "U0STRANGER")).ReadObjectAsync()).ToJsonString());

        await host.ClickAsync(CodevIds.EditProposal, proposal.Id.ToString(), "U0STRANGER");
        await host.IdleAsync();
        Assert.Contains("ne peut plus être modifiée", host.Slack.RepliesTo("U0STRANGER").Single());
        await host.ClickAsync(CodevIds.EditProposal, proposal.Id.ToString(), "U0WRITER");
        var form = host.Slack.OpenedView();
        Assert.Contains("Comment fidéliser nos abonné·es ?", form.Readable());
        var values = new Dictionary<string, JsonObject> { [CodevIds.ProblemBlock] = CodevSlack.Text("Comment fidéliser nos abonné·es sans publicité ?") };
        Assert.Equal("", await (await host.SubmitAsync(form, "U0WRITER", values)).Content.ReadAsStringAsync());
        await host.IdleAsync();
        var proposals = host.Services.GetRequiredService<ProposalStore>();
        Assert.Equal("Comment fidéliser nos abonné·es sans publicité ?", (await proposals.FindAsync(proposal.Id))!.Problem);
        Assert.Contains("sans publicité", host.Slack.CallsTo("chat.update").Last().AllText);

        await host.ClickAsync(CodevIds.Vote, proposal.Id.ToString(), "U0FAN");
        await host.IdleAsync();
        values[CodevIds.ProblemBlock] = CodevSlack.Text("Une toute autre question après le vote ?");
        Assert.Contains("ne peut plus être modifiée", await (await host.SubmitAsync(form, "U0WRITER", values)).Content.ReadAsStringAsync());
        Assert.Equal("Comment fidéliser nos abonné·es sans publicité ?", (await proposals.FindAsync(proposal.Id))!.Problem);
        Assert.DoesNotContain(CodevIds.EditProposal, (await (await host.CommandAsync("codev", userId: "U0WRITER")).ReadObjectAsync()).ToJsonString());
    }
}
