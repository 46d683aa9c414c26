using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using BookingRecord = BrigadeBot.Features.Booking.Booking;

namespace BrigadeBot.Tests.Sandbox;

public sealed class SandboxFollowUpSurveyTests
{
    [Fact]
    public async Task Moving_the_clock_forward_by_months_brings_the_follow_up_survey_to_a_member_who_accepts_surveys()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);
        var start = site.Life.Clock.GetUtcNow().UtcDateTime.AddDays(-10);
        await site.Life.Services.GetRequiredService<BrigadeDatabase>().WriteAsync(db =>
        {
            db.GetCollection<Slot>(SlotStore.Collection).Insert(new Slot
            {
                Id = "sandbox-slot", AnimatorId = SandboxSite.Animator, StartUtc = start, EndUtc = start.AddHours(1), Capacity = 1,
            });
            db.GetCollection<BookingRecord>(BookingStore.Collection).Insert(new BookingRecord
            {
                Id = "sandbox-booking", SlotId = "sandbox-slot", MemberId = SandboxSite.Member, AnimatorId = SandboxSite.Animator,
                ThemeSlug = "cybersecurite", StartUtc = start, EndUtc = start.AddHours(1), Status = BookingStatus.Held,
                Attendance = Attendance.Present, CreatedAtUtc = start.AddDays(-2),
            });
            db.GetCollection<MemberProfile>(MemberProfileStore.Collection).Insert(new MemberProfile
            {
                MemberId = SandboxSite.Member,
                ConsentHistory = [new ConsentRecord { Purpose = ConsentPurposes.Survey, Granted = true, NoticeVersion = ConsentPurposes.NoticeVersion, AtUtc = start }],
            });
            return 0;
        }, default);

        Assert.Contains("data-hours=\"720\"", await site.Client.GetStringAsync("/sandbox"));
        var month = await site.PostAsync("clock", new { person = SandboxSite.Member, hours = 720 });
        Assert.DoesNotContain("Répondre au sondage", SandboxSite.DirectMessages(month));
        await site.PostAsync("clock", new { person = SandboxSite.Member, hours = 720 });
        var third = await site.PostAsync("clock", new { person = SandboxSite.Member, hours = 720 });

        var dms = SandboxSite.DirectMessages(third);
        Assert.Contains("la Brigade numérique vous a accompagné·e", dms);
        Assert.Contains("Répondre au sondage", dms);
    }
}
