using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Booking;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Impact;

public sealed class SurveyTests
{
    [Fact]
    public async Task The_follow_up_carries_the_survey_and_the_answer_is_stored_once_without_who_answered()
    {
        await using var host = await BrigadeHost.StartAsync();
        var survey = new SurveyFlow(host);
        await survey.HeldSessionAsync();
        var bookingId = survey.BookingOf(BrigadeHost.Member);
        Assert.Equal(bookingId, survey.SurveyButtonValue(BrigadeHost.Member));

        var form = SurveyFlow.Fill((await survey.OpenAsync(BrigadeHost.Member, bookingId))!, "5", "Oui", "12", "Très clair <!channel>");
        var answer = BookingFlow.Readable(await survey.Booking.SubmitAsync(form, BrigadeHost.Member));
        Assert.Contains("Merci", answer);

        var stored = Assert.Single(survey.RawAnswers());
        Assert.Equal(["Comment", "Month", "Progress", "Satisfaction", "ThemeSlug", "Transfer", "_id"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(5, stored["Satisfaction"].AsInt32);
        Assert.Equal("Yes", stored["Progress"].AsString);
        Assert.Equal(12, stored["Transfer"].AsInt32);
        Assert.Equal("2026-12", stored["Month"].AsString);
        Assert.Equal("cybersecurite", stored["ThemeSlug"].AsString);
        Assert.DoesNotContain(BrigadeHost.Member, stored.ToString());
        Assert.DoesNotContain(bookingId, stored.ToString());
        Assert.Equal(bookingId, Assert.Single(survey.RawMarkers())["_id"].AsString);

        // A second click is refused; a replayed submission stores nothing more.
        Assert.Null(await survey.OpenAsync(BrigadeHost.Member, bookingId));
        Assert.Contains("déjà donné votre avis", host.Slack.CallsTo("(response_url)").Last().AllText);
        Assert.Contains("déjà donné votre avis", BookingFlow.Readable(await survey.Booking.SubmitAsync(form, BrigadeHost.Member)));
        Assert.Single(survey.RawAnswers());
    }

    [Fact]
    public async Task Another_member_cannot_answer_for_the_booking()
    {
        await using var host = await BrigadeHost.StartAsync();
        var survey = new SurveyFlow(host);
        await survey.HeldSessionAsync();

        Assert.Null(await survey.OpenAsync("U0INTRUDER", survey.BookingOf(BrigadeHost.Member)));
        Assert.Contains("n'est pas disponible", host.Slack.CallsTo("(response_url)").Last().AllText);
        Assert.Empty(survey.RawAnswers());
    }

    [Theory]
    [InlineData("501", "impact.survey.transfer")]
    [InlineData("-3", "impact.survey.transfer")]
    [InlineData("2.5", "impact.survey.transfer")]
    public async Task A_bad_number_is_refused_under_its_field(string transfer, string block)
    {
        await using var host = await BrigadeHost.StartAsync();
        var survey = new SurveyFlow(host);
        await survey.HeldSessionAsync();
        var form = SurveyFlow.Fill((await survey.OpenAsync(BrigadeHost.Member, survey.BookingOf(BrigadeHost.Member)))!, transfer: transfer);

        var answer = BookingFlow.Parse(await survey.Booking.SubmitAsync(form, BrigadeHost.Member));

        Assert.Equal("errors", answer["response_action"]!.ToString());
        Assert.Contains("entre 0 et 500", answer["errors"]![block]!.ToString());
        Assert.Empty(survey.RawAnswers());
    }

    [Fact]
    public async Task The_marker_is_exported_as_answered_and_erased_with_the_member_while_the_answer_stays()
    {
        await using var host = await BrigadeHost.StartAsync();
        var survey = new SurveyFlow(host);
        await survey.HeldSessionAsync(2, BrigadeHost.Member, "U0MEMBER2");
        foreach (var member in new[] { BrigadeHost.Member, "U0MEMBER2" })
            await survey.Booking.SubmitAsync(SurveyFlow.Fill((await survey.OpenAsync(member, survey.BookingOf(member)))!), member);
        var data = host.Services.GetRequiredService<MemberData>();
        var bookingId = survey.BookingOf(BrigadeHost.Member);

        var exported = Assert.Single((await data.ExportAsync(BrigadeHost.Member)).Root["survey_answers"]!.AsArray())!;
        Assert.Equal(bookingId, exported["booking"]!.ToString());
        Assert.True(exported["answered"]!.GetValue<bool>());

        await data.EraseAsync(BrigadeHost.Member, BrigadeHost.Member, default);

        Assert.Equal(survey.BookingOf("U0MEMBER2"), Assert.Single(survey.RawMarkers())["_id"].AsString);
        Assert.Equal(2, survey.RawAnswers().Count);
    }

    [Fact]
    public async Task Each_participant_of_a_group_session_answers_once()
    {
        await using var host = await BrigadeHost.StartAsync();
        var survey = new SurveyFlow(host);
        await survey.HeldSessionAsync(3, BrigadeHost.Member, "U0MEMBER2", "U0MEMBER3");

        foreach (var member in new[] { BrigadeHost.Member, "U0MEMBER2", "U0MEMBER3" })
            await survey.Booking.SubmitAsync(SurveyFlow.Fill((await survey.OpenAsync(member, survey.BookingOf(member)))!), member);

        Assert.Equal(3, survey.RawAnswers().Count);
        Assert.Equal(3, survey.RawMarkers().Count);
    }

    [Fact]
    public async Task The_survey_closes_after_OpenDays_its_markers_go_and_the_answers_stay()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Survey:OpenDays"] = "10" });
        var survey = new SurveyFlow(host);
        await survey.HeldSessionAsync(2, BrigadeHost.Member, "U0MEMBER2");
        await survey.Booking.SubmitAsync(SurveyFlow.Fill((await survey.OpenAsync(BrigadeHost.Member, survey.BookingOf(BrigadeHost.Member)))!),
            BrigadeHost.Member);
        var service = () => host.Services.CreateScope().ServiceProvider.GetRequiredService<SurveyService>();

        host.Clock.Advance(TimeSpan.FromDays(9));
        Assert.Equal(0, await service().CloseExpiredAsync(default));
        Assert.Single(survey.RawMarkers());

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1)); // the session ended at 20:00 UTC, 10 days ago
        Assert.Equal(1, await service().CloseExpiredAsync(default));
        Assert.Empty(survey.RawMarkers());
        Assert.Single(survey.RawAnswers());
        Assert.Null(await survey.OpenAsync("U0MEMBER2", survey.BookingOf("U0MEMBER2")));
        Assert.Contains("Ce sondage est fermé", host.Slack.CallsTo("(response_url)").Last().AllText);
    }

    [Fact]
    public async Task Only_members_whose_survey_consent_is_granted_get_the_button()
    {
        await using var host = await BrigadeHost.StartAsync();
        var survey = new SurveyFlow(host);
        const string Unticked = "U0MEMBER2", Withdrew = "U0MEMBER3", GrantedLater = "U0MEMBER4";
        survey.NoSurveyConsent.UnionWith([Unticked, GrantedLater]);
        var consents = host.Services.GetRequiredService<Consents>();
        await survey.BookedSessionAsync(4, BrigadeHost.Member, Unticked, Withdrew, GrantedLater);
        await consents.RecordAsync(Withdrew, ConsentPurposes.Survey, false, default);     // as /brigade consentements does
        await consents.RecordAsync(GrantedLater, ConsentPurposes.Survey, true, default);
        await survey.MarkAllPresentAsync();

        Assert.Equal(survey.BookingOf(BrigadeHost.Member), survey.SurveyButtonValue(BrigadeHost.Member));
        Assert.Null(survey.SurveyButtonValue(Unticked));
        Assert.Null(survey.SurveyButtonValue(Withdrew));
        Assert.Equal(survey.BookingOf(GrantedLater), survey.SurveyButtonValue(GrantedLater));
        Assert.False(await consents.IsGrantedAsync(Unticked, ConsentPurposes.Survey));
    }

    [Fact]
    public async Task The_first_booking_form_asks_the_survey_consent_apart_and_unticked()
    {
        await using var host = await BrigadeHost.StartAsync();
        var survey = new SurveyFlow(host);
        await survey.Booking.PublishAsync("2026-12-02", "14:00");

        var form = await survey.Booking.OpenBookingAsync(BrigadeHost.Member);

        var input = form.Input(SurveyFlow.SurveyConsentLabel);
        Assert.True(input["optional"]!.GetValue<bool>());
        Assert.Null(input["element"]!["initial_options"]);
        Assert.NotNull(form.Input("Statistiques anonymes du programme"));
    }

    [Fact]
    public async Task The_daily_closing_is_scheduled_at_start()
    {
        await using var host = await BrigadeHost.StartAsync();
        var scheduler = host.Services.GetRequiredService<BrigadeBot.Scheduling.IBrigadeScheduler>();
        Assert.NotNull(await scheduler.NextFireTimeAsync(SurveyService.CloseKey, default));
    }
}
