using System.Text;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Events;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using BrigadeBot.Tests.Features.Events;
using BrigadeBot.Tests.Features.Watch;

namespace BrigadeBot.Tests.Features.Impact;

/// <summary>
/// The program's 2023–2024 table, reproduced end to end: the year's accompaniments, the follow-up survey sent months later
/// and answered through its modal, the community counted from <c>users.list</c>, then <c>/brigade bilan</c> and its files.
/// A feature that adds its section to the report adds its lines to <see cref="SummaryLines"/> and <see cref="CsvLines"/>.
/// </summary>
public sealed class ProgramTableTests
{
    private const string Year = "2026-04-01";

    /// <summary>(shared, concrete step, most helpful, stage) of the 21 answers.</summary>
    private static (string Shared, string Step, string Helpful, string Stage) Answer(int i) => (
        i < 11 ? "1 à 3" : i < 14 ? "3 à 5" : i < 17 ? "5 et plus" : "Personne",
        i < 18 ? "Oui" : "Pas encore",
        i < 9 ? "Accompagnements" : i < 15 ? "Conférences" : i < 18 ? "Codéveloppement" : i == 18 ? "Fiches" : i == 19 ? "Veille" : "Communauté Slack",
        i < 5 ? "Découverte" : i < 15 ? "Opérationnel" : "Avancé");

    /// <summary>The program's four conferences: title, date, people present (13 + 4 + 12 + 13 = 42); one more registered for each.</summary>
    private static readonly (string Title, string Date, int Present)[] Conferences =
    [
        ("Wikidata pour les organismes culturels", "2026-12-08", 13),
        ("Découvrabilité des contenus culturels", "2026-12-10", 4),
        ("L'IA et les recommandations Web", "2026-12-15", 12),
        ("Sobriété numérique au quotidien", "2026-12-17", 13),
    ];

    private static readonly string[] SummaryLines =
    [
        "*Accompagnements tenus* : 88 (individuels : 66 · en groupe : 22)",
        "*Personnes accompagnées* : 64 · revenues au moins une fois : 18",
        "*Personnes accompagnées individuellement* : 42 · *en groupe* : 22 (5 séance(s) de groupe)",
        "• Marketing numérique : 12\\n",
        "• Cybersécurité et Loi 25 : 27\\n",
        "• Écosystème Wikimédia : 32 (10 individus + 22 en groupes)\\n",
        "• Concertation numérique : 5",
        "• Artiste professionnel·le indépendant·e ou agent·e culturel·le : 19",
        "• Étudiant·e : 13",
        "• Personne travaillant pour un organisme culturel : 32",
        "*Sondage de suivi (quelques mois après le premier accompagnement)*",
        "• Réponses : 21 sur 42 membre(s) sondé(s) (taux de réponse : 50 %)",
        "• Passeurs de savoirs : 17 personne(s) sur 21 (81 %) ont partagé ce qu'elles ont appris",
        "• Avec combien de personnes : 1 à 3 : 11 (64,7 %) · 3 à 5 : 3 (17,6 %) · 5 et plus : 3 (17,6 %)",
        "• Personnes rejointes indirectement (estimation) : 49 (méthode : chaque réponse « 1 à 3 » compte pour 2 personnes",
        "• Action concrète posée dans leur virage numérique : 18 sur 21 (85,7 %)",
        "• Activité qui a le plus aidé : Accompagnements : 9 (42,9 %) · Conférences : 6 (28,6 %) · Codéveloppement : 3 (14,3 %)",
        "• Où en sont-elles avec le numérique : Découverte : 5 (23,8 %) · Opérationnel : 10 (47,6 %) · Avancé : 6 (28,6 %)",
        "• Témoignages publiables (avec consentement) : 2, dans le fichier CSV seulement",
        "*Conférences (programmation Off)*",
        "• Conférences : 4 · inscriptions : 46 · présences : 42",
        "*Communauté Slack*",
        "• Membres : 121 personne(s), sans les 3 compte(s) d'administration (décompte du 26 décembre 2026)",
        "• Croissance pendant la période : +11 (depuis 110 le 1er décembre 2026)",
    ];

    private static readonly (string File, string Line)[] CsvLines =
    [
        ("synthese.csv", "Accompagnements tenus;88"),
        ("synthese.csv", "Personnes accompagnées;64"),
        ("synthese.csv", "Personnes accompagnées individuellement;42"),
        ("synthese.csv", "Personnes accompagnées en groupe;22"),
        ("synthese.csv", "Séances de groupe;5"),
        ("accompagnements-par-theme-et-modalite.csv", "Thème;Individuels;En groupe;Total"),
        ("accompagnements-par-theme-et-modalite.csv", "Cybersécurité et Loi 25;27;0;27"),
        ("accompagnements-par-theme-et-modalite.csv", "Écosystème Wikimédia;10;22;32"),
        ("accompagnements-par-theme-et-modalite.csv", "Concertation numérique;5;0;5"),
        ("accompagnements-par-theme-et-modalite.csv", "Total;66;22;88"),
        ("personnes-par-categorie.csv", "Artiste professionnel·le indépendant·e ou agent·e culturel·le;19"),
        ("personnes-par-categorie.csv", "Étudiant·e;13"),
        ("personnes-par-categorie.csv", "Personne travaillant pour un organisme culturel;32"),
        ("suivi-synthese.csv", "Membres sondé·es;42"),
        ("suivi-synthese.csv", "Réponses;21"),
        ("suivi-synthese.csv", "Taux de réponse (%);50"),
        ("suivi-synthese.csv", "Ont partagé ce qu'elles ont appris;17"),
        ("suivi-synthese.csv", "Ont partagé (%);81"),
        ("suivi-synthese.csv", "Personnes rejointes indirectement (estimation);49"),
        ("suivi-synthese.csv", "Ont posé une action concrète;18"),
        ("suivi-partage.csv", "1 à 3;11;64,7"),
        ("suivi-partage.csv", "3 à 5;3;17,6"),
        ("suivi-partage.csv", "5 et plus;3;17,6"),
        ("suivi-partage.csv", "Total;17;100"),
        ("suivi-appropriation.csv", "Opérationnel;10;47,6"),
        ("suivi-temoignages.csv", "La Brigade m'a redonné confiance <!channel>;Anonyme"),
        ("suivi-temoignages.csv", "Mon site est enfin trouvable.;Josée"),
        ("conferences.csv", "2026-12-08;Wikidata pour les organismes culturels;En personne et en ligne;30;14;13;0;;;"),
        ("conferences.csv", "2026-12-10;Découvrabilité des contenus culturels;En personne et en ligne;30;5;4;0;;;"),
        ("conferences.csv", "2026-12-15;L'IA et les recommandations Web;En personne et en ligne;30;13;12;0;;;"),
        ("conferences.csv", "2026-12-17;Sobriété numérique au quotidien;En personne et en ligne;30;14;13;0;;;"),
        ("communaute-slack.csv", "2026-12-01;110;3"),
        ("communaute-slack.csv", "2026-12-26;121;3"),
    ];

    [Fact]
    public async Task The_report_reproduces_the_program_s_table_in_the_summary_and_in_the_files()
    {
        await using var host = await BrigadeHost.StartAsync();
        var runs = await JobRuns.AttachAsync(host);
        var flow = new BookingFlow(host);
        await ProgramYearTable.SeedAsync(host);
        var conferences = await AnnounceConferencesAsync(host);

        ProgramYearTable.Workspace(host, 110);
        host.Slack.UsersPageSize = 50;
        host.Clock.Advance(new DateTimeOffset(2026, 12, 1, 9, 50, 0, TimeSpan.Zero) - host.Clock.GetUtcNow()); // 4 h 50 in Toronto
        await runs.WaitAsync(CommunityCensus.Key);
        ProgramYearTable.Workspace(host, 121);
        host.Clock.Advance(new DateTimeOffset(2026, 12, 26, 15, 0, 0, TimeSpan.Zero) - host.Clock.GetUtcNow()); // 10 h in Toronto
        await runs.WaitAsync(CommunityCensus.Key, 2);
        await runs.WaitAsync(FollowUpSurveyService.Key, 2); // once the first day, when nothing was due yet
        var pages = host.Slack.CallsTo("users.list");
        Assert.Equal(6, pages.Count); // 117 then 128 accounts, 50 a page
        Assert.Equal([null, "next:50", "next:100"], pages.Skip(3).Select(c => c.Arg("cursor")));

        var invited = ProgramYearTable.Individuals.Where(m => flow.DirectMessages(m).Any(c => c.AllText.Contains(FollowUpTexts.Button))).ToList();
        Assert.Equal(42, invited.Count);
        Assert.All(ProgramYearTable.InGroups, m => Assert.Empty(flow.DirectMessages(m)));

        for (var i = 0; i < 21; i++)
        {
            var member = ProgramYearTable.Person(i + 1);
            await flow.ClickAsync(member, ImpactIds.FollowUpOpen, Year);
            var (shared, step, helpful, stage) = Answer(i);
            var form = ModalForm.From(host.Slack.CallsTo("views.open")[^1])
                .Set(FrenchTypography.Apply("Avez-vous partagé ce que vous avez appris ? Avec combien de personnes ?"), shared)
                .Set(FrenchTypography.Apply("Avez-vous posé une action concrète liée à votre virage numérique depuis ?"), step)
                .Set(FrenchTypography.Apply("Quelle activité de la Brigade vous a le plus aidé ?"), helpful)
                .Set(FrenchTypography.Apply("Où en êtes-vous avec le numérique ?"), stage);
            if (i == 0) form.Set(FrenchTypography.Apply("Un témoignage ?"), "La Brigade m'a redonné confiance <!channel>")
                .Set("Publication du témoignage", "publish");
            if (i == 1) form.Set(FrenchTypography.Apply("Un témoignage ?"), "Mon site est enfin trouvable.")
                .Set("Publication du témoignage", "publish").Set("Signature du témoignage publié", "Avec mon prénom").Set("Votre prénom", "Josée");
            if (i == 2) form.Set(FrenchTypography.Apply("Un témoignage ?"), "Texte interne, sans consentement");
            Assert.Contains("Merci", BookingFlow.Readable(await flow.SubmitAsync(form, member)));
        }

        foreach (var (conference, present) in conferences) await MarkPresentAsync(host, conference, present);

        var summary = await host.CommandTextAsync("bilan", BrigadeHost.Animator);
        Assert.All(SummaryLines, line => Assert.Contains(FrenchTypography.Apply(line), summary));
        Assert.DoesNotContain("redonné confiance", summary);
        Assert.DoesNotContain("Josée", summary);

        await flow.ClickAsync(BrigadeHost.Animator, ImpactIds.ReportFiles, ButtonValue(await (await host.CommandAsync("bilan", BrigadeHost.Animator)).Content.ReadAsStringAsync()));
        var files = ReportFiles.Uploaded(host);
        string Csv(string name) => new UTF8Encoding(false).GetString(files["bilan-2026-04-01_2027-03-31-" + name].AsSpan(3));
        Assert.All(CsvLines, l => Assert.Contains(FrenchTypography.Apply(l.Line) + "\r\n", Csv(l.File)));
        Assert.DoesNotContain("Texte interne", Csv("suivi-temoignages.csv"));
        Assert.DoesNotContain(host.Slack.PublicChannelCalls, c => c.AllText.Contains("redonné confiance"));
    }

    /// <summary>Announces the four conferences through the form and registers their people (one more than will come).</summary>
    private static async Task<List<(Conference, string[])>> AnnounceConferencesAsync(BrigadeHost host)
    {
        var events = new EventFlow(host);
        var announced = new List<(Conference, string[])>();
        foreach (var (title, date, present) in Conferences)
        {
            var form = EventFlow.Fill(await events.OpenAsync(), title, "30", date: date);
            Assert.Equal("", await (await host.InteractionAsync(form.Submission(BrigadeHost.Animator))).Content.ReadAsStringAsync());
            await host.IdleAsync();
            var conference = (await events.Store.ComingAsync()).Single(e => e.Title == title);
            var people = Enumerable.Range(1, present + 1).Select(i => $"U0CONF{i:D2}").ToArray();
            foreach (var person in people) await events.RegisterAsync(conference, person);
            announced.Add((conference, people[..present]));
        }
        await host.IdleAsync();
        return announced;
    }

    private static async Task MarkPresentAsync(BrigadeHost host, Conference conference, string[] present)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await host.ClickAsync(EventsIds.Attendance, conference.Id.ToString(), BrigadeHost.Animator, "C0GENERAL");
        var form = ModalForm.From((await host.Slack.WaitForAsync("views.open", before + 1))[^1]);
        foreach (var (group, index) in present.Chunk(AttendanceModal.PerGroup).Select((g, i) => (g, i)))
            form.Set(EventsTexts.PresentLabel(index * AttendanceModal.PerGroup + 1,
                Math.Min((index + 1) * AttendanceModal.PerGroup, present.Length + 1), present.Length + 1), string.Join('|', group));
        await host.InteractionAsync(form.Submission(BrigadeHost.Animator));
        await host.IdleAsync();
    }

    private static string ButtonValue(string summary) =>
        BookingFlow.Parse(summary)["blocks"]!.AsArray().Last()!["elements"]![0]!["value"]!.ToString();
}
