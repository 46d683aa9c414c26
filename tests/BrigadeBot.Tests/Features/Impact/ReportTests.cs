using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Impact;
using BrigadeBot.Tests.Features.Booking;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Impact;

public sealed class ReportTests
{
    private static async Task<ImpactReport> ReportAsync(BrigadeHost host, string text = "")
    {
        using var scope = host.Services.CreateScope();
        var period = scope.ServiceProvider.GetRequiredService<ReportPeriods>().Parse(text).Period!;
        return await scope.ServiceProvider.GetRequiredService<ImpactReportBuilder>().BuildAsync(period, default);
    }

    private static IEnumerable<(string, int)> Rows(IReadOnlyList<CountRow> rows) => rows.Select(r => (r.Label, r.Count));

    [Fact]
    public async Task The_seeded_year_gives_every_figure_to_the_unit()
    {
        await using var host = await BrigadeHost.StartAsync();
        await SeededYear.SeedAsync(host);

        var report = await ReportAsync(host);

        Assert.Equal(new DateOnly(2026, 4, 1), report.Period.From);
        Assert.Equal(new DateOnly(2027, 4, 1), report.Period.To);
        Assert.Equal(88, report.Accompaniments);
        Assert.Equal([.. SeededYear.PerTheme, 0], report.AccompanimentsByTheme.Select(r => r.Count)); // « Concertation numérique » last
        Assert.Equal(("Marketing numérique", 20), (report.AccompanimentsByTheme[0].Label, report.AccompanimentsByTheme[0].Count));
        Assert.Equal(70, report.Individual);
        Assert.Equal(18, report.Group);
        Assert.Equal(5, report.Absences);
        Assert.Equal(64, report.People);
        Assert.Equal(16, report.ReturningPeople);
        Assert.Equal(1.38m, report.SessionsPerPerson);
        Assert.Equal([("1 accompagnement", 48), ("2 accompagnements", 8), ("3 accompagnements", 8), ("4 accompagnements ou plus", 0)],
            Rows(report.PeopleBySessions));
        Assert.Equal([(MemberCategories.All[0].Label, 19), ("Étudiant·e", 13),
            ("Personne travaillant pour un organisme culturel", 32), ("Autre", 0), ("Non communiquée", 0)], Rows(report.PeopleByCategory));
        Assert.Equal(60, report.Survey.Answers);
        Assert.Equal(68.2m, report.Survey.ResponseRate);
        Assert.Equal(4.3m, report.Survey.SatisfactionMean);
        Assert.Equal([1, 3, 6, 20, 30], report.Survey.SatisfactionDistribution.Select(r => r.Count));
        Assert.Equal([("Oui", 40), ("Un peu", 15), ("Non", 5)], Rows(report.Survey.Progress));
        Assert.Equal(190, report.Survey.TransferSum);
        Assert.Equal(3.2m, report.Survey.TransferMean);
        Assert.Equal(3, report.CodevMeetings);
        Assert.Equal(30, report.CodevRegistrations);
        Assert.Equal(6, report.WatchItemsPublished);
        Assert.Equal(4, report.SheetsShared);
    }

    [Fact]
    public async Task The_summary_shows_the_same_figures_to_animators_only()
    {
        await using var host = await BrigadeHost.StartAsync();
        await SeededYear.SeedAsync(host);

        var refused = await host.CommandTextAsync("bilan", BrigadeHost.Member);
        var summary = await host.CommandTextAsync("bilan", BrigadeHost.Animator);

        Assert.Contains("réservée aux personnes animatrices", refused);
        Assert.DoesNotContain("Accompagnements tenus", refused);
        Assert.True(summary.Contains("année de programme, du 1er avril 2026 au 31 mars 2027"), string.Join("\n", host.Logs.AtLeast(Microsoft.Extensions.Logging.LogLevel.Warning).Select(l => l.Message + l.Exception)));
        Assert.Contains(FrenchTypography.Apply("*Accompagnements tenus* : 88 (individuels : 70 · en groupe : 18)"), summary);
        Assert.Contains(FrenchTypography.Apply("*Absences* (non comptées) : 5"), summary);
        Assert.Contains(FrenchTypography.Apply("*Personnes accompagnées* : 64 · revenues au moins une fois : 16 · 1,38 accompagnement(s) par personne"), summary);
        Assert.Contains(FrenchTypography.Apply("• Marketing numérique : 20"), summary);
        Assert.Contains(FrenchTypography.Apply("• Métavers, NFT et cryptomonnaies : 1"), summary);
        Assert.Contains(FrenchTypography.Apply("• 1 accompagnement : 48"), summary);
        Assert.Contains(FrenchTypography.Apply($"• {MemberCategories.All[0].Label} : 19"), summary);
        Assert.Contains(FrenchTypography.Apply("• Étudiant·e : 13"), summary);
        Assert.Contains(FrenchTypography.Apply("• Personne travaillant pour un organisme culturel : 32"), summary);
        Assert.Contains(FrenchTypography.Apply("*Satisfaction* : 4,3 sur 5 · 60 réponse(s) au sondage, taux de réponse 68,2 %"), summary);
        Assert.Contains(FrenchTypography.Apply("1 sur 5 : 1 · 2 sur 5 : 3 · 3 sur 5 : 6 · 4 sur 5 : 20 · 5 sur 5 : 30"), summary);
        Assert.Contains(FrenchTypography.Apply("Oui : 40 · Un peu : 15 · Non : 5"), summary);
        Assert.Contains("transmettre à 190 personne(s) (en moyenne 3,2 par réponse)", summary);
        Assert.Contains(FrenchTypography.Apply("*Codéveloppement* : 3 rencontre(s) tenue(s), 30 inscription(s)"), summary);
        Assert.Contains(FrenchTypography.Apply("*Publications de veille* : 6 · *Fiches partagées* : 4"), summary);
        Assert.Contains("Recevoir le rapport complet", summary);
    }

    [Fact]
    public async Task Erasing_members_leaves_every_accompaniment_figure_unchanged()
    {
        await using var host = await BrigadeHost.StartAsync();
        await SeededYear.SeedAsync(host);
        var data = host.Services.GetRequiredService<BrigadeBot.Features.Privacy.MemberData>();

        await data.EraseAsync(SeededYear.Person(1), SeededYear.Person(1), default);  // an artist, once, and one absence
        await data.EraseAsync(SeededYear.Person(57), BrigadeHost.Animator, default); // staff of an organisation, three times
        await host.IdleAsync();
        var report = await ReportAsync(host);

        Assert.Equal(88, report.Accompaniments);
        Assert.Equal([.. SeededYear.PerTheme, 0], report.AccompanimentsByTheme.Select(r => r.Count)); // « Concertation numérique » last
        Assert.Equal((70, 18), (report.Individual, report.Group));
        Assert.Equal((64, 16), (report.People, report.ReturningPeople));
        Assert.Equal([48, 8, 8, 0], report.PeopleBySessions.Select(r => r.Count));
        Assert.Equal([19, 13, 32, 0, 0], report.PeopleByCategory.Select(r => r.Count));
        Assert.Equal(4, report.Absences); // absences are not accompaniments: they leave with the erased bookings
    }

    [Fact]
    public async Task A_period_counts_only_its_own_sessions_in_Toronto_time()
    {
        await using var host = await BrigadeHost.StartAsync();
        await SeededYear.SeedAsync(host);

        var march = await ReportAsync(host, "2026-03");
        var q2 = await ReportAsync(host, "2026-T2");

        Assert.Equal(1, march.Accompaniments); // 31 March 21:00 in Toronto, 1 April in UTC
        Assert.Equal(1, march.Survey.Answers);
        Assert.Equal(1, march.CodevMeetings);
        Assert.Equal(1, march.WatchItemsPublished);
        Assert.Equal(1, march.SheetsShared);
        Assert.Equal(new DateOnly(2026, 4, 1), q2.Period.From);
        Assert.Equal(new DateOnly(2026, 7, 1), q2.Period.To);
        Assert.InRange(q2.Accompaniments, 1, 87);
    }

    [Fact]
    public async Task Categories_count_only_with_consent_and_small_cells_are_merged_while_totals_stay_exact()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00", capacity: 12);
        var members = Enumerable.Range(1, 12).Select(n => $"U0M{n:00}").ToList();
        for (var i = 0; i < members.Count; i++)
        {
            var form = (await flow.OpenBookingAsync(members[i])).Set("Thème", "cybersecurite").Set("Créneau", "mercredi 2 décembre")
                .Set("Votre catégorie de profil", i < 6 ? "artiste" : i < 9 ? "etudiant" : "organisme");
            if (i != 11) form.Set("Statistiques anonymes du programme", "statistics");
            await flow.SubmitAsync(form, members[i]);
        }
        host.Clock.Advance(TimeSpan.FromDays(3));
        foreach (var booking in flow.Bookings())
            await host.Services.GetRequiredService<BrigadeBot.Features.Booking.BookingReminders>()
                .RunAsync(booking.Id, BrigadeBot.Features.Booking.ReminderKind.FollowUp, default);

        var report = await ReportAsync(host, "2026-12");

        Assert.Equal(12, report.People);
        // 6 artists; 3 students, 2 staff and 1 without consent are each under 5: together « Autres / non communiqué ».
        Assert.Equal([(MemberCategories.All[0].Label, 6), ("Autre", 0), ("Autres / non communiqué", 6)], Rows(report.PeopleByCategory));
        Assert.Equal(12, report.PeopleByCategory.Sum(r => r.Count));
        Assert.Equal(("1 accompagnement", 12), Rows(report.PeopleBySessions).First());
    }
}
