using System.Text;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Tests.Features.Booking;

public sealed class BookingTests
{
    private const string Tuesday = "mardi 1er décembre, 14 h";

    [Fact]
    public async Task A_booking_is_stored_and_both_people_get_a_DM_and_an_ics_invitation()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");

        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday, note: "Mes mots de passe <!channel> & <@U0BOSS>"));

        var booking = Assert.Single(flow.Bookings());
        Assert.Equal((BookingStatus.Confirmed, BrigadeHost.Member, BrigadeHost.Animator), (booking.Status, booking.MemberId, booking.AnimatorId));
        Assert.Equal(new DateTime(2026, 12, 1, 19, 0, 0), booking.StartUtc);
        var member = Assert.Single(flow.DirectMessages(BrigadeHost.Member)).AllText;
        Assert.Contains("Cybersécurité", member);
        Assert.Contains("mardi 1er décembre, 14 h – 15 h", member);
        Assert.Contains(BookingFlow.Link, member);
        Assert.Contains("/brigade mes-reservations", member);
        var animator = flow.DirectMessages(BrigadeHost.Animator).Last().AllText;
        Assert.Contains("<@U0MEMBER1>", animator);
        Assert.Contains("&lt;!channel&gt; &amp; &lt;@U0BOSS&gt;", animator);
        Assert.DoesNotContain("<!channel>", host.Slack.AllTextSent);

        // The member's invitation, then the animator's copy of the same event.
        Assert.Equal(["D0MEMBER1", "D0ANIMATOR"], host.Slack.CallsTo("files.completeUploadExternal").Select(c => c.Arg("channel_id")));
        var uploads = host.Slack.CallsTo("(upload)").Select(u => Encoding.UTF8.GetString(Convert.FromBase64String(u.Arg("content_base64")!))).ToList();
        Assert.Equal(2, uploads.Count);
        var ics = uploads[0];
        Assert.Contains($"UID:{booking.Id}@", uploads[1]);
        Assert.Contains("METHOD:PUBLISH", ics);
        Assert.Contains("BEGIN:VTIMEZONE", ics);
        Assert.True(ics.Contains("BEGIN:STANDARD") && ics.Contains("TZOFFSETTO:-0500"), ics);
        Assert.Contains("DTSTART;TZID=America/Toronto:20261201T140000", ics);
        Assert.Contains($"UID:{booking.Id}@", ics);
    }

    [Fact]
    public async Task A_calendar_file_Slack_refuses_leaves_the_booking_and_the_messages_after_it()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        host.Slack.Enqueue("files.getUploadURLExternal", FakeReply.Error("not_allowed_token_type"));

        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday));
        await host.IdleAsync();

        Assert.Equal(BookingStatus.Confirmed, Assert.Single(flow.Bookings()).Status);
        Assert.Equal(["D0ANIMATOR"], host.Slack.CallsTo("files.completeUploadExternal").Select(c => c.Arg("channel_id")));
        Assert.Contains("<@U0MEMBER1>", flow.DirectMessages(BrigadeHost.Animator).Last().AllText);
    }

    [Fact]
    public async Task The_first_booking_shows_the_notice_and_stores_the_choices_and_refusing_consent_never_blocks()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00", repeat: 1);

        var first = await flow.OpenBookingAsync();
        Assert.Contains("Ce que nous conservons", first.View.ToJsonString());
        Assert.Null(first.Input("Statistiques anonymes du programme")["element"]!["initial_options"]);
        first.Set("Votre catégorie de profil", "Étudiant·e");
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday, form: first));

        var profile = flow.Profile(BrigadeHost.Member)!;
        Assert.Equal(("etudiant", false, BookingTexts.NoticeVersion), (profile.Category, profile.CategoryInStatistics, profile.NoticeVersion));
        var consent = Assert.Single(profile.ConsentHistory, c => c.Purpose == ConsentPurposes.Statistics);
        Assert.False(consent.Granted);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, consent.AtUtc);
        Assert.False(Assert.Single(profile.ConsentHistory, c => c.Purpose == ConsentPurposes.Survey).Granted); // asked apart, left unticked

        var second = await flow.OpenBookingAsync();
        Assert.False(second.Has("Votre catégorie de profil"));
        Assert.DoesNotContain("Ce que nous conservons", second.View.ToJsonString());
    }

    [Fact]
    public async Task Consent_given_is_recorded_with_the_notice_version()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");

        var form = (await flow.OpenBookingAsync()).Set("Votre catégorie de profil", "artiste").Set("Statistiques anonymes du programme", "statistics");
        await flow.BookAsync("cybersecurite", Tuesday, form: form);

        var profile = flow.Profile(BrigadeHost.Member)!;
        Assert.True(profile.CategoryInStatistics);
        Assert.True(Assert.Single(profile.ConsentHistory, c => c.Purpose == ConsentPurposes.Statistics).Granted);
    }
}
