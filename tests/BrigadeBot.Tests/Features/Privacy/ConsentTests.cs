using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Privacy;

public sealed class ConsentTests : PrivacyHostTests
{
    private const string SurveyLabel = "Sondages après un accompagnement ou une conférence";

    private Consents Consents => host.Services.GetRequiredService<Consents>();

    [Fact]
    public async Task The_survey_consent_names_accompaniments_conferences_and_the_follow_up_survey_under_a_new_version()
    {
        var form = await flow.OpenAsync("consentements");

        var option = form.Input(SurveyLabel)["element"]!["options"]![0]!;
        Assert.Equal("Je veux de courts sondages après mes accompagnements et conférences", option["text"]!["text"]!.ToString());
        Assert.Equal("Et un suivi quelques mois plus tard. Réponses sans votre identifiant.", option["description"]!["text"]!.ToString());
        Assert.NotEqual("2026-12", ConsentPurposes.NoticeVersion);
        Assert.NotEqual("2026-12-b", BookingTexts.NoticeVersion);
    }

    [Fact]
    public async Task The_consents_modal_offers_each_purpose_apart_unticked_until_granted()
    {
        var form = await flow.OpenAsync("consentements");

        foreach (var purpose in ConsentPurposes.All)
        {
            var input = form.Input(purpose.Title);
            Assert.Equal("checkboxes", input["element"]!["type"]!.ToString());
            Assert.Single(input["element"]!["options"]!.AsArray());
            Assert.Null(input["element"]!["initial_options"]);
            Assert.True(input["optional"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task Every_purpose_refused_still_leaves_booking_and_proposing_open()
    {
        var refused = await flow.SubmitAsync(await flow.OpenAsync("consentements"));
        Assert.Equal("update", refused["response_action"]?.ToString());
        foreach (var purpose in ConsentPurposes.All) Assert.False(await Consents.IsGrantedAsync(BrigadeHost.Member, purpose.Id));

        var booking = await flow.BookWithProfileAsync(BrigadeHost.Member, "artiste", statistics: false);
        await host.ProposeAsync("Comment diffuser mon balado sans budget ?", BrigadeHost.Member);

        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        var proposal = Assert.Single(await host.Services.GetRequiredService<ProposalStore>().OpenRankedAsync());
        Assert.False(proposal.ShowAuthor);
        await flow.HoldAsync(booking);
        Assert.Equal(SessionFactStore.CategoryWithheld, Assert.Single(await flow.FactsAsync()).Category);
    }

    [Fact]
    public async Task Each_choice_is_appended_to_the_history_with_the_notice_version_and_time()
    {
        var form = await flow.OpenAsync("consentements");
        form.Set(SurveyLabel, PrivacyIds.Granted);
        await flow.SubmitAsync(form);
        host.Clock.Advance(TimeSpan.FromDays(1));
        var again = await flow.OpenAsync("consentements");
        Assert.NotNull(again.Input(SurveyLabel)["element"]!["initial_options"]);
        again.Set(SurveyLabel, "");
        var saved = await flow.SubmitAsync(again);

        Assert.False(await Consents.IsGrantedAsync(BrigadeHost.Member, ConsentPurposes.Survey));
        Assert.Contains("refusé", saved.Readable());
        var history = flow.Booking.Profile(BrigadeHost.Member)!.ConsentHistory.Where(c => c.Purpose == ConsentPurposes.Survey).ToList();
        Assert.Equal([true, false], history.Select(c => c.Granted));
        Assert.All(history, c => Assert.Equal(ConsentPurposes.NoticeVersion, c.NoticeVersion));
        Assert.Equal(TimeSpan.FromDays(1), history[1].AtUtc - history[0].AtUtc);
        // The other purposes were refused once, at the first save, and not recorded again when unchanged.
        Assert.Single(flow.Booking.Profile(BrigadeHost.Member)!.ConsentHistory, c => c.Purpose == ConsentPurposes.CodevName);
    }

    [Fact]
    public async Task A_withdrawn_category_leaves_future_statistics_and_past_facts_stay_as_they_were()
    {
        var first = await flow.BookWithProfileAsync(BrigadeHost.Member, "artiste", statistics: true);
        await flow.HoldAsync(first);
        Assert.Equal("artiste", Assert.Single(await flow.FactsAsync()).Category);

        var form = await flow.OpenAsync("consentements");
        Assert.NotNull(form.Input("Statistiques anonymes du programme")["element"]!["initial_options"]);
        form.Set("Statistiques anonymes du programme", "");
        var saved = await flow.SubmitAsync(form);
        Assert.Contains("ne comptera plus", saved.Readable());

        await flow.Booking.PublishAsync("2026-12-09", "14:00");
        var second = await flow.Booking.BookAsync("cybersecurite", "mercredi 9 décembre");
        Assert.Equal("", second);
        await flow.HoldAsync(flow.Booking.Bookings().Last());

        var facts = await flow.FactsAsync();
        Assert.Equal(["artiste", SessionFactStore.CategoryWithheld], facts.OrderBy(f => f.Day).Select(f => f.Category));
        Assert.Single(facts.Select(f => f.Participant).Distinct());
        Assert.False(flow.Booking.Profile(BrigadeHost.Member)!.CategoryInStatistics);
    }

    [Fact]
    public async Task Confidentialite_names_the_officer_the_policy_and_how_long_each_kind_is_kept()
    {
        await using var configured = await BrigadeHost.StartAsync(new()
        {
            ["Privacy:OfficerTitle"] = "Direction générale de Culture Laurentides",
            ["Privacy:OfficerContact"] = "vie.privee@culturelaurentides.example",
            ["Privacy:PolicyUrl"] = "https://culturelaurentides.example/confidentialite",
            ["Privacy:Retention:BookingsMonths"] = "18",
            ["Storage:Backup:Keep"] = "10",
        });

        var reply = await (await configured.CommandAsync("confidentialité")).ReadObjectAsync();

        var text = reply.Readable();
        Assert.Equal("ephemeral", reply["response_type"]?.ToString());
        Assert.Contains("Direction générale de Culture Laurentides", text);
        Assert.Contains("vie.privee@culturelaurentides.example", text);
        Assert.Contains("<https://culturelaurentides.example/confidentialite|", text);
        Assert.Contains("18 mois après la séance", text);
        Assert.Contains("24 mois", text);
        Assert.Contains("copies de sauvegarde de la base de données sont détruites après 10 jours", text);
        Assert.DoesNotContain(configured.Logs.Lines, e => e.Message.Contains("Privacy:OfficerTitle"));
    }

    [Fact]
    public void A_missing_officer_or_policy_is_a_warning_at_start()
    {
        foreach (var key in new[] { "Privacy:OfficerTitle", "Privacy:OfficerContact", "Privacy:PolicyUrl" })
            Assert.Contains(host.Logs.Lines, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains(key));
    }
}
