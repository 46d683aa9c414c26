using BrigadeBot.Features.Common;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Privacy;
using Microsoft.Extensions.DependencyInjection;
using BrigadeBot.Tests.Features.Booking;

namespace BrigadeBot.Tests.Features.Impact;

/// <summary>The session is Wednesday 2 December 2026, 14:00–15:00 Toronto (19:00–20:00 UTC); the clock starts on the Monday.</summary>
public sealed class AttendanceTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 19, 0, 0, TimeSpan.Zero);
    private const string Member2 = "U0MEMBER2";

    private static async Task<(BrigadeHost Host, BookingFlow Flow)> GroupSessionAsync()
    {
        var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00", capacity: 3);
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        await flow.BookAsync("wikimedia", "mercredi 2 décembre", Member2);
        return (host, flow);
    }

    private static int FollowUps(BrigadeHost host, string channel) =>
        host.Slack.CallsTo("chat.postMessage").Count(c => c.Arg("channel") == channel && c.AllText.Contains("*Merci*"));

    private static BrigadeBot.Features.Booking.Booking Of(BookingFlow flow, string member) => flow.Bookings().Single(b => b.MemberId == member);

    [Fact]
    public async Task The_agenda_offers_attendance_buttons_only_once_the_session_has_started()
    {
        var (host, _) = await GroupSessionAsync();
        await using var _ = host;

        var before = await host.CommandTextAsync("agenda", BrigadeHost.Animator);
        Assert.DoesNotContain("Présences à marquer", before);

        host.Clock.Advance(Start.AddMinutes(10) - host.Clock.GetUtcNow());
        var during = await host.CommandTextAsync("agenda", BrigadeHost.Animator);
        Assert.Contains("Présences à marquer", during);
        Assert.Contains(FrenchTypography.Apply("<@U0MEMBER1> (Cybersécurité) : *à marquer*"), during);
        Assert.Contains(FrenchTypography.Apply("<@U0MEMBER2> (Écosystème Wikimédia) : *à marquer*"), during);
        Assert.Contains("Présent·e", during);
        Assert.Contains("Absent·e", during);
        Assert.Contains("\"accessibility_label\":\"Présent·e, participant·e 1 de la séance du mercredi 2 décembre à 14 h\"", during);
        Assert.Contains("\"accessibility_label\":\"Absent·e, participant·e 2 de la séance du mercredi 2 décembre à 14 h\"", during);
    }

    [Fact]
    public async Task Present_gets_the_follow_up_at_once_absent_never_and_is_not_held()
    {
        var (host, flow) = await GroupSessionAsync();
        await using var _ = host;
        host.Clock.Advance(Start.AddMinutes(20) - host.Clock.GetUtcNow());

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.MarkPresent, Of(flow, BrigadeHost.Member).Id);
        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.MarkAbsent, Of(flow, Member2).Id);

        Assert.Equal(1, FollowUps(host, "D0MEMBER1"));
        Assert.Equal(0, FollowUps(host, "D0MEMBER2"));
        Assert.Equal(BookingStatus.Held, Of(flow, BrigadeHost.Member).Status);
        Assert.Equal(Attendance.Present, Of(flow, BrigadeHost.Member).Attendance);
        Assert.Equal(BookingStatus.Absent, Of(flow, Member2).Status);
        var redrawn = host.Slack.CallsTo("(response_url)").Last().AllText;
        Assert.Contains("absent·e", redrawn);

        // The scheduled follow-up 15 min after the end sends nothing more.
        host.Clock.Advance(Start.AddMinutes(80) - host.Clock.GetUtcNow());
        await host.Services.GetRequiredService<BookingReminders>().RunAsync(Of(flow, Member2).Id, ReminderKind.FollowUp, default);
        await host.Services.GetRequiredService<BookingReminders>().RunAsync(Of(flow, BrigadeHost.Member).Id, ReminderKind.FollowUp, default);
        await host.IdleAsync();
        Assert.Equal(1, FollowUps(host, "D0MEMBER1"));
        Assert.Equal(0, FollowUps(host, "D0MEMBER2"));
        Assert.Equal(BookingStatus.Absent, Of(flow, Member2).Status);
    }

    [Fact]
    public async Task Correcting_present_to_absent_takes_the_accompaniment_out_of_the_report_and_back()
    {
        var (host, flow) = await GroupSessionAsync();
        await using var _ = host;
        host.Clock.Advance(Start.AddMinutes(20) - host.Clock.GetUtcNow());
        var id = Of(flow, BrigadeHost.Member).Id;
        var facts = host.Services.GetRequiredService<SessionFactStore>();

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.MarkPresent, id);
        await host.IdleAsync();
        Assert.Equal(BookingStatus.Held, Of(flow, BrigadeHost.Member).Status);
        Assert.Single(await facts.AllAsync());
        Assert.Equal((1, 0), await HeldAndAbsentInDecemberAsync(host));

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.MarkAbsent, id);
        Assert.Empty(await facts.AllAsync());
        Assert.Equal((0, 1), await HeldAndAbsentInDecemberAsync(host));

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.MarkPresent, id);
        await host.IdleAsync();
        Assert.Single(await facts.AllAsync());
        Assert.Equal((1, 0), await HeldAndAbsentInDecemberAsync(host));
        Assert.Equal(1, FollowUps(host, "D0MEMBER1"));
    }

    private static async Task<(int Held, int Absent)> HeldAndAbsentInDecemberAsync(BrigadeHost host)
    {
        using var scope = host.Services.CreateScope();
        var period = scope.ServiceProvider.GetRequiredService<ReportPeriods>().Parse("2026-12").Period!;
        var report = await scope.ServiceProvider.GetRequiredService<ImpactReportBuilder>().BuildAsync(period, default);
        return (report.Accompaniments, report.Absences);
    }

    [Fact]
    public async Task Without_any_mark_the_follow_up_goes_15_minutes_after_the_end_as_before()
    {
        var (host, flow) = await GroupSessionAsync();
        await using var _ = host;

        host.Clock.Advance(Start.AddMinutes(75) - host.Clock.GetUtcNow());
        await Eventually.HoldsAsync(() => FollowUps(host, "D0MEMBER1") + FollowUps(host, "D0MEMBER2") >= 2, "the follow-ups never went");

        Assert.All(flow.Bookings(), b => Assert.Equal(BookingStatus.Held, b.Status));
        Assert.All(flow.Bookings(), b => Assert.Null(b.Attendance));
    }

    [Fact]
    public async Task Only_the_sessions_animator_may_mark_and_not_before_the_start()
    {
        var (host, flow) = await GroupSessionAsync();
        await using var _ = host;
        var id = Of(flow, BrigadeHost.Member).Id;

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.MarkAbsent, id); // not started yet
        host.Clock.Advance(Start.AddMinutes(5) - host.Clock.GetUtcNow());
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.MarkPresent, id);

        Assert.Null(Of(flow, BrigadeHost.Member).Attendance);
        Assert.Equal(0, FollowUps(host, "D0MEMBER1"));
        Assert.Contains("n'est pas dans une de vos séances commencées", host.Slack.CallsTo("(response_url)").Last().AllText);
    }
}
