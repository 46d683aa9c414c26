using BrigadeBot.Features.Common;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Watch;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Impact;

/// <summary>The follow-up survey, months after a session held through the booking flow on 2 December 2026.</summary>
public sealed class FollowUpSurveyTests
{
    private const string Year = "2026-04-01";
    private const string Member2 = "U0MEMBER2";
    private const string NoConsent = "U0NOCONSENT";

    private static async Task<(BrigadeHost Host, JobRuns Runs, BookingFlow Flow)> HeldAsync()
    {
        var host = await BrigadeHost.StartAsync();
        var runs = await JobRuns.AttachAsync(host);
        var survey = new SurveyFlow(host);
        survey.NoSurveyConsent.Add(NoConsent);
        await survey.HeldSessionAsync(3, BrigadeHost.Member, Member2, NoConsent);
        return (host, runs, survey.Booking);
    }

    /// <summary>Moves the clock to <paramref name="utc"/> and waits for the daily run it passes.</summary>
    private static async Task RunAtAsync(BrigadeHost host, JobRuns runs, DateTimeOffset utc)
    {
        var before = runs.Count(FollowUpSurveyService.Key);
        host.Clock.Advance(utc - host.Clock.GetUtcNow());
        await runs.WaitAsync(FollowUpSurveyService.Key, before + 1);
        await host.IdleAsync();
    }

    private static IReadOnlyList<string> SurveyDms(BookingFlow flow, string member) =>
        flow.DirectMessages(member).Select(c => c.AllText).Where(t => t.Contains(ImpactIds.FollowUpOpen)).ToList();

    private static ModalForm Fill(ModalForm form) => form
        .Set(FrenchTypography.Apply("Avez-vous partagé ce que vous avez appris ? Avec combien de personnes ?"), "3 à 5")
        .Set(FrenchTypography.Apply("Avez-vous posé une action concrète liée à votre virage numérique depuis ?"), "Oui")
        .Set(FrenchTypography.Apply("Quelle activité de la Brigade vous a le plus aidé ?"), "Conférences")
        .Set(FrenchTypography.Apply("Où en êtes-vous avec le numérique ?"), "Opérationnel");

    private static List<BsonDocument> Raw(BrigadeHost host, string collection) =>
        host.Services.GetRequiredService<BrigadeDatabase>().ReadNow(db => db.GetCollection(collection).FindAll().ToList());

    [Fact]
    public async Task Three_months_after_the_first_session_members_who_accept_surveys_get_it_once_with_one_reminder_until_it_closes()
    {
        var (host, runs, flow) = await HeldAsync();
        await using var _ = host;

        await RunAtAsync(host, runs, new DateTimeOffset(2027, 3, 1, 16, 0, 0, TimeSpan.Zero));
        Assert.Empty(SurveyDms(flow, BrigadeHost.Member)); // the session's day, three months later, is 2 March

        await RunAtAsync(host, runs, new DateTimeOffset(2027, 3, 3, 16, 0, 0, TimeSpan.Zero));
        var invitation = Assert.Single(SurveyDms(flow, BrigadeHost.Member));
        Assert.Contains(FollowUpTexts.Button, invitation);
        Assert.Single(SurveyDms(flow, Member2));
        Assert.Empty(SurveyDms(flow, NoConsent));

        // The answer goes through the modal, once; nothing in it names the member.
        await flow.ClickAsync(BrigadeHost.Member, ImpactIds.FollowUpOpen, Year);
        var form = ModalForm.From(host.Slack.CallsTo("views.open")[^1]);
        var refused = BookingFlow.Parse(await flow.SubmitAsync(form, BrigadeHost.Member));
        Assert.Equal("errors", refused["response_action"]!.ToString());
        Assert.Equal(4, refused["errors"]!.AsObject().Count);
        Assert.Contains("Merci", BookingFlow.Readable(await flow.SubmitAsync(Fill(form), BrigadeHost.Member)));
        var stored = Assert.Single(Raw(host, FollowUpStore.Answers));
        Assert.Equal(["ConcreteStep", "MostHelpful", "ProgramYear", "Publication", "Shared", "Stage", "_id"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("ThreeToFive", "Conferences", "Operational", Year), (stored["Shared"].AsString, stored["MostHelpful"].AsString,
            stored["Stage"].AsString, stored["ProgramYear"].AsString));
        Assert.DoesNotContain("U0MEMBER", stored.ToString());
        Assert.Contains("déjà répondu", BookingFlow.Readable(await flow.SubmitAsync(Fill(form), BrigadeHost.Member)));
        await flow.ClickAsync(BrigadeHost.Member, ImpactIds.FollowUpOpen, Year);
        Assert.Contains("déjà répondu", host.Slack.CallsTo("(response_url)")[^1].AllText);
        Assert.Single(Raw(host, FollowUpStore.Answers));

        // One reminder, seven days on, to whoever has not answered.
        await RunAtAsync(host, runs, new DateTimeOffset(2027, 3, 9, 16, 0, 0, TimeSpan.Zero));
        Assert.Single(SurveyDms(flow, Member2));
        await RunAtAsync(host, runs, new DateTimeOffset(2027, 3, 11, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, SurveyDms(flow, Member2).Count);
        Assert.Contains("Petit rappel", SurveyDms(flow, Member2)[^1]);
        Assert.Contains("2 avril 2027", SurveyDms(flow, Member2)[^1]);
        Assert.Single(SurveyDms(flow, BrigadeHost.Member));
        await RunAtAsync(host, runs, new DateTimeOffset(2027, 3, 12, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, SurveyDms(flow, Member2).Count);

        // Closed after Brigade:Survey:OpenDays (30 days after it went); the invitations go a day later, the answer stays.
        await RunAtAsync(host, runs, new DateTimeOffset(2027, 4, 2, 16, 30, 0, TimeSpan.Zero).AddHours(-2));
        host.Clock.Advance(TimeSpan.FromHours(3));
        await flow.ClickAsync(Member2, ImpactIds.FollowUpOpen, Year);
        Assert.Contains("fermé", host.Slack.CallsTo("(response_url)")[^1].AllText);
        await RunAtAsync(host, runs, new DateTimeOffset(2027, 4, 3, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, Raw(host, FollowUpStore.Invitations).Count);
        await RunAtAsync(host, runs, new DateTimeOffset(2027, 4, 4, 16, 0, 0, TimeSpan.Zero));
        Assert.Empty(Raw(host, FollowUpStore.Invitations));
        Assert.Single(Raw(host, FollowUpStore.Answers));
        Assert.Equal(2, Raw(host, FollowUpStore.Tallies).Single()["Invited"].AsInt32); // the third participant refused surveys
        Assert.Single(SurveyDms(flow, BrigadeHost.Member));
    }

    [Fact]
    public async Task A_restart_sends_nothing_twice_and_the_invitation_is_exported_then_erased_with_the_member()
    {
        var (host, runs, flow) = await HeldAsync();
        await RunAtAsync(host, runs, new DateTimeOffset(2027, 3, 3, 16, 0, 0, TimeSpan.Zero));
        Assert.Single(SurveyDms(flow, BrigadeHost.Member));
        await host.DisposeAsync(keepSlack: true);

        await using var second = await BrigadeHost.StartAsync(slack: host.Slack, clock: host.Clock, dataFolder: host.DataFolder);
        Assert.NotNull(await second.Services.GetRequiredService<BrigadeBot.Scheduling.IBrigadeScheduler>()
            .NextFireTimeAsync(FollowUpSurveyService.Key, default));
        using (var scope = second.Services.CreateScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<FollowUpSurveyService>().RunAsync(default));
        Assert.Single(SurveyDms(new BookingFlow(second), BrigadeHost.Member));

        var data = second.Services.GetRequiredService<MemberData>();
        var export = await data.ExportAsync(BrigadeHost.Member);
        var item = Assert.Single(export.Root["followup_surveys"]!.AsArray())!;
        Assert.Equal(Year, item["program_year"]!.ToString());
        Assert.False(item["answered"]!.GetValue<bool>());
        await data.EraseAsync(BrigadeHost.Member, BrigadeHost.Member, default);
        Assert.DoesNotContain(Raw(second, FollowUpStore.Invitations), d => d["MemberId"].AsString == BrigadeHost.Member);
        Assert.Single(Raw(second, FollowUpStore.Invitations)); // Member2's
    }

    [Fact]
    public async Task A_testimonial_is_kept_apart_from_its_publication_consent_and_a_first_name_is_asked_only_to_sign_it()
    {
        var (host, runs, flow) = await HeldAsync();
        await using var _ = host;
        await RunAtAsync(host, runs, new DateTimeOffset(2027, 3, 3, 16, 0, 0, TimeSpan.Zero));

        await flow.ClickAsync(BrigadeHost.Member, ImpactIds.FollowUpOpen, Year);
        var form = Fill(ModalForm.From(host.Slack.CallsTo("views.open")[^1]));
        Assert.Null(form.Input("Publication du témoignage")["element"]!["initial_options"]);
        form.Set(FrenchTypography.Apply("Un témoignage ?"), "J'ai lancé mon infolettre.").Set("Publication du témoignage", "publish")
            .Set("Signature du témoignage publié", "Avec mon prénom");
        var refused = BookingFlow.Parse(await flow.SubmitAsync(form, BrigadeHost.Member));
        Assert.Contains("prénom", refused["errors"]![ImpactIds.FollowUpFirstName]!.ToString());
        Assert.Contains("Merci", BookingFlow.Readable(await flow.SubmitAsync(form.Set("Votre prénom", "Josée"), BrigadeHost.Member)));

        await flow.ClickAsync(Member2, ImpactIds.FollowUpOpen, Year);
        var unsigned = Fill(ModalForm.From(host.Slack.CallsTo("views.open")[^1])).Set(FrenchTypography.Apply("Un témoignage ?"), "Interne.")
            .Set("Votre prénom", "Marc");
        Assert.Contains("Merci", BookingFlow.Readable(await flow.SubmitAsync(unsigned, Member2)));

        var answers = Raw(host, FollowUpStore.Answers);
        var signed = answers.Single(a => a["Testimonial"].AsString == "J'ai lancé mon infolettre.");
        Assert.Equal(("FirstName", "Josée"), (signed["Publication"].AsString, signed["FirstName"].AsString));
        var kept = answers.Single(a => a["Testimonial"].AsString == "Interne.");
        Assert.Equal("NotPublished", kept["Publication"].AsString);
        Assert.False(kept.ContainsKey("FirstName"));

        // Two answers and three people in one group session: the stage and the people in groups are small cells.
        var summary = await host.CommandTextAsync("bilan", BrigadeHost.Animator);
        Assert.Contains(FrenchTypography.Apply("Étapes regroupées : 2 (100 %)"), summary);
        Assert.DoesNotContain("Opérationnel", summary);
        Assert.Contains(FrenchTypography.Apply("*Personnes accompagnées individuellement* : 0 · *en groupe* : moins de 5 (1 séance(s) de groupe)"), summary);
        Assert.Contains(FrenchTypography.Apply("Conférences : 2 (100 %)"), summary); // what they did is not a person's attribute
        Assert.Contains(FrenchTypography.Apply("Témoignages publiables (avec consentement) : 1"), summary);
        Assert.DoesNotContain("infolettre", summary);
    }
}
