using BrigadeBot.Features.Common;
using System.Text;
using BrigadeBot.Features.Impact;
using BrigadeBot.Tests.Features.Booking;

namespace BrigadeBot.Tests.Features.Impact;

public sealed class ReportFilesTests
{
    private static async Task<BrigadeHost> SeededAsync()
    {
        var host = await BrigadeHost.StartAsync();
        await SeededYear.SeedAsync(host);
        return host;
    }

    private static string ButtonValue(string summary)
    {
        var node = BookingFlow.Parse(summary)["blocks"]!.AsArray().Last()!["elements"]![0]!;
        Assert.Equal(ImpactIds.ReportFiles, node["action_id"]!.ToString());
        return node["value"]!.ToString();
    }

    [Fact]
    public async Task The_full_report_arrives_by_DM_as_a_CSV_per_table_and_a_PNG_chart()
    {
        await using var host = await SeededAsync();
        var summary = await (await host.CommandAsync("bilan", BrigadeHost.Animator)).Content.ReadAsStringAsync();

        await new BookingFlow(host).ClickAsync(BrigadeHost.Animator, ImpactIds.ReportFiles, ButtonValue(summary));

        Assert.Contains("Je vous envoie le rapport complet", host.Slack.CallsTo("(response_url)").Last().AllText);
        var files = ReportFiles.Uploaded(host);
        const string stem = "bilan-2026-04-01_2027-03-31-";
        Assert.Equal(15, files.Count);
        Assert.Contains(stem + "conferences.csv", files.Keys);
        Assert.All(host.Slack.CallsTo("files.completeUploadExternal"), c => Assert.Equal("D0ANIMATOR", c.Arg("channel_id")));
        Assert.All(files.Where(f => f.Key.EndsWith(".csv")), f => Assert.Equal([0xEF, 0xBB, 0xBF], f.Value.Take(3)));

        string Csv(string name) => new UTF8Encoding(false).GetString(files[stem + name].AsSpan(3));
        Assert.Equal(
            "Thème;Accompagnements\r\nMarketing numérique;20\r\nÉvénements virtuels;15\r\nCollaboration nuagique;12\r\n"
            + "Découvrabilité des contenus culturels;10\r\nSobriété numérique;9\r\nCybersécurité;8\r\nLoi 25 et renseignements personnels;6\r\n"
            + "Écosystème Wikimédia;4\r\nIA et algorithmes de recommandation;3\r\nMétavers, NFT et cryptomonnaies;1\r\n"
            + "Concertation numérique;0\r\nTotal;88\r\n",
            Csv("accompagnements-par-theme.csv"));
        Assert.Equal("Modalité;Accompagnements\r\nIndividuels;70\r\nEn groupe;18\r\nTotal;88\r\n", Csv("accompagnements-par-modalite.csv"));
        Assert.Equal("Nombre d'accompagnements;Personnes\r\n1 accompagnement;48\r\n2 accompagnements;8\r\n3 accompagnements;8\r\n"
            + "4 accompagnements ou plus;0\r\nTotal;64\r\n", Csv("personnes-par-nombre-d-accompagnements.csv"));
        Assert.Equal("Catégorie;Personnes\r\nArtiste professionnel·le indépendant·e ou agent·e culturel·le;19\r\nÉtudiant·e;13\r\n"
            + "Personne travaillant pour un organisme culturel;32\r\nAutre;0\r\nNon communiquée;0\r\nTotal;64\r\n", Csv("personnes-par-categorie.csv"));
        Assert.Equal("Note;Réponses\r\n1 sur 5;1\r\n2 sur 5;3\r\n3 sur 5;6\r\n4 sur 5;20\r\n5 sur 5;30\r\nTotal;60\r\n", Csv("satisfaction.csv"));
        Assert.Equal("Réponse;Réponses\r\nOui;40\r\nUn peu;15\r\nNon;5\r\nTotal;60\r\n", Csv("competences-numeriques.csv"));
        var synthesis = Csv("synthese.csv");
        foreach (var line in new[]
        {
            "Indicateur;Valeur", "Période;année de programme, du 1er avril 2026 au 31 mars 2027", "Accompagnements tenus;88",
            "Individuels;70", "En groupe;18", "Absences (non comptées);5", "Personnes accompagnées;64", "Personnes revenues au moins une fois;16",
            "Accompagnements par personne;1,38", "Réponses au sondage;60", "Taux de réponse (%);68,2", "Satisfaction moyenne (sur 5);4,3",
            "Passeurs de savoirs : personnes rejointes par les participant·e·s;190", "Passeurs de savoirs : moyenne par réponse;3,2",
            "Rencontres de codéveloppement tenues;3", "Inscriptions aux rencontres de codéveloppement;30",
            "Publications de veille;6", "Fiches partagées;4", "Plus petit groupe de personnes montré;5",
        })
            Assert.Contains(FrenchTypography.Apply(line) + "\r\n", synthesis);

        var chartTicket = host.Slack.CallsTo("files.getUploadURLExternal").Single(c => c.Arg("filename")!.EndsWith(".png"));
        Assert.Equal(FrenchTypography.Apply("Diagramme à barres des accompagnements tenus par thème, année de programme, du 1er avril 2026 "
            + "au 31 mars 2027 : Marketing numérique : 20 ; Événements virtuels : 15 ; Collaboration nuagique : 12 ; "
            + "Découvrabilité des contenus culturels : 10 ; Sobriété numérique : 9 ; Cybersécurité : 8 ; "
            + "Loi 25 et renseignements personnels : 6 ; Écosystème Wikimédia : 4 ; IA et algorithmes de recommandation : 3 ; "
            + "Métavers, NFT et cryptomonnaies : 1 ; Concertation numérique : 0. Total : 88. Source : BrigadeBot, données au 30 novembre 2026."), chartTicket.Arg("alt_txt"));
        Assert.All(host.Slack.CallsTo("files.getUploadURLExternal").Where(c => c != chartTicket), c => Assert.Null(c.Arg("alt_txt")));

        var png = files[stem + "accompagnements-par-theme.png"];
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png.Take(8));
        Assert.True(png.Length > 5_000, $"PNG of {png.Length} bytes");
    }

    [Fact]
    public async Task A_member_cannot_get_the_files()
    {
        await using var host = await SeededAsync();
        var summary = await (await host.CommandAsync("bilan", BrigadeHost.Animator)).Content.ReadAsStringAsync();

        await new BookingFlow(host).ClickAsync(BrigadeHost.Member, ImpactIds.ReportFiles, ButtonValue(summary));

        Assert.Empty(host.Slack.CallsTo("files.getUploadURLExternal"));
        Assert.Contains("réservée aux personnes animatrices", host.Slack.CallsTo("(response_url)").Last().AllText);
    }

    [Fact]
    public void The_chart_renders_a_valid_PNG_with_no_data_and_with_long_theme_names()
    {
        var empty = ReportChart.Render([new CountRow("Cybersécurité", 0)], "Titre", "Axe", "Source");
        var many = ReportChart.Render(Enumerable.Range(1, 30).Select(i => new CountRow(new string('é', 90) + i, i)).ToList(), "Titre", "Axe", "Source");
        Assert.All(new[] { empty, many }, png => Assert.Equal([0x89, 0x50, 0x4E, 0x47], png.Take(4)));
    }

    [Theory]
    [InlineData(0, new[] { 0 })]
    [InlineData(1, new[] { 0, 1 })]
    [InlineData(6, new[] { 0, 1, 2, 3, 4, 5, 6 })]
    [InlineData(7, new[] { 0, 2, 4, 6, 8 })]
    [InlineData(20, new[] { 0, 5, 10, 15, 20 })]
    [InlineData(88, new[] { 0, 20, 40, 60, 80, 100 })]
    [InlineData(1234, new[] { 0, 200, 400, 600, 800, 1000, 1200, 1400 })]
    public void The_chart_counts_in_whole_numbers(int max, int[] ticks)
    {
        Assert.Equal(ticks, ReportChart.CountTicks(max));
    }

    [Fact]
    public void The_chart_says_its_period_and_source()
    {
        Assert.Equal("Accompagnements tenus par thème\nannée 2026", ReportTexts.ChartHeading("année 2026"));
        Assert.Equal(FrenchTypography.Apply("Source : BrigadeBot, données au 4 décembre 2026"), ReportTexts.ChartSource(new DateOnly(2026, 12, 4)));
    }
}
