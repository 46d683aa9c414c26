using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Tests.Features.Impact;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The session is Wednesday 2 December 2026, 14:00–15:00 Toronto (19:00–20:00 UTC); the clock starts on the Monday.</summary>
public sealed class RecapTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 19, 0, 0, TimeSpan.Zero);
    public const string Seen = "Nous avons révisé vos mots de passe, activé la double authentification et vu ce qu'exige la Loi 25 : « registre des incidents », consentement, responsable désigné·e.";
    public const string NextSteps = "Créer votre coffre-fort de mots de passe d'ici vendredi ; écrire à votre hébergeur pour la sauvegarde.";
    public const string Resources = "Guide d'hygiène numérique https://cyber.example.org/guide-hygiène\nhttps://loi25.example.org/registre";

    internal static async Task<(BrigadeHost Host, BookingFlow Flow, string BookingId)> StartedSessionAsync()
    {
        var host = await BrigadeHost.StartAsync();
        host.Slack.Handle("users.info", call => call.Arg("user") == BrigadeHost.Animator
            ? new FakeReply(200, new JsonObject
            {
                ["ok"] = true,
                ["user"] = new JsonObject { ["id"] = BrigadeHost.Animator, ["name"] = "lea.b", ["profile"] = new JsonObject { ["display_name"] = "Léa Bélanger" } },
            })
            : null);
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        host.Clock.Advance(Start.AddMinutes(20) - host.Clock.GetUtcNow());
        return (host, flow, flow.Bookings().Single().Id);
    }

    internal static async Task<ModalForm> OpenRecapAsync(BrigadeHost host, BookingFlow flow, string bookingId)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.Recap, bookingId);
        return ModalForm.From((await host.Slack.WaitForAsync("views.open", before + 1))[^1]);
    }

    internal static async Task<string> SendRecapAsync(BrigadeHost host, BookingFlow flow, string bookingId,
        string seen = Seen, string? next = NextSteps, string? resources = Resources)
    {
        var form = (await OpenRecapAsync(host, flow, bookingId)).Set("Ce que nous avons vu", seen);
        if (next is not null) form.Set("Prochaines étapes", next);
        if (resources is not null) form.Set("Ressources", resources);
        return await flow.SubmitAsync(form, BrigadeHost.Animator);
    }

    /// <summary>The PDFs uploaded, with the DM they were shared in.</summary>
    internal static IReadOnlyList<(string Channel, byte[] Pdf)> Pdfs(BrigadeHost host)
    {
        var tickets = host.Slack.CallsTo("files.getUploadURLExternal");
        var uploads = host.Slack.CallsTo("(upload)");
        var completes = host.Slack.CallsTo("files.completeUploadExternal");
        return tickets.Select((t, i) => (t, i)).Where(p => p.t.Arg("filename")!.EndsWith(".pdf"))
            .Select(p => (completes[p.i].Arg("channel_id")!, Convert.FromBase64String(uploads[p.i].Arg("content_base64")!)))
            .ToList();
    }

    [Fact]
    public void A_number_stays_on_the_line_of_the_word_it_belongs_to_wherever_the_line_breaks()
    {
        // The filler moves « Loi 25 » across every position of a line: at one of them a plain space broke between the two.
        for (var filler = 0; filler < 24; filler++)
        {
            var seen = string.Join(" ", Enumerable.Repeat("abc", filler)) + " la Loi 25 protège les renseignements personnels.";
            var pdf = RecapPdf.Render(new RecapDocument("Cybersécurité", "2 décembre 2026, 14 h – 15 h", "Léa Bélanger", seen, null, [], null));
            using var document = PdfDocument.Open(pdf);
            var letters = document.GetPage(1).Letters;
            var loi = Enumerable.Range(0, letters.Count - 2)
                .Single(i => letters[i].Value == "L" && letters[i + 1].Value == "o" && letters[i + 2].Value == "i");
            var two = letters.Skip(loi + 3).First(l => l.Value == "2");
            Assert.Equal(letters[loi + 2].StartBaseLine.Y, two.StartBaseLine.Y, precision: 1);
        }
    }

    internal static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static int Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static IEnumerable<SlackCall> Thanks(BookingFlow flow) =>
        flow.DirectMessages(BrigadeHost.Member).Where(m => m.AllText.Contains("*Merci*"));

    private static string Words(string text) => string.Join(" ", text.Split([' ', '\n', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task A_recap_marks_present_and_its_PDF_follows_the_thanks_to_the_member_with_a_copy_to_the_animator()
    {
        var (host, flow, id) = await StartedSessionAsync();
        await using var _ = host;
        var agenda = await host.CommandTextAsync("agenda", BrigadeHost.Animator);
        Assert.Contains("\"accessibility_label\":\"Récapitulatif, participant·e 1 de la séance du mercredi 2 décembre à 14 h\"", agenda);

        Assert.Equal("", await SendRecapAsync(host, flow, id));

        var booking = flow.Bookings().Single();
        Assert.Equal(Attendance.Present, booking.Attendance);
        Assert.Equal(BookingStatus.Held, booking.Status);
        Assert.Single(Thanks(flow));
        var pdfs = Pdfs(host);
        Assert.Equal(["D0MEMBER1", "D0ANIMATOR"], pdfs.Select(p => p.Channel));
        Assert.Equal(pdfs[0].Pdf, pdfs[1].Pdf);
        var alt = host.Slack.CallsTo("files.getUploadURLExternal").First(t => t.Arg("filename")!.EndsWith(".pdf")).Arg("alt_txt");
        Assert.Equal("Récapitulatif en PDF de l'accompagnement Cybersécurité du 2 décembre 2026", alt);
        Assert.Contains("<@U0MEMBER1>", host.Slack.CallsTo("files.completeUploadExternal")[^1].Arg("initial_comment"));

        var text = Words(Text(pdfs[0].Pdf));
        Assert.Equal(1, Pages(pdfs[0].Pdf));
        foreach (var expected in new[]
                 {
                     "Récapitulatif d'accompagnement", "Cybersécurité", "2 décembre 2026, 14 h – 15 h", "Léa Bélanger",
                     "Ce que nous avons vu", Words(Seen), "Prochaines étapes", Words(NextSteps),
                     "Guide d'hygiène numérique", "https://cyber.example.org/guide-hygiène", "https://loi25.example.org/registre",
                     "Fiche de connaissances du thème", "https://culturelaurentides.com/brigade/fiches/cybersecurite", "CC0 1.0 (domaine public)",
                 })
            Assert.Contains(expected, text);
    }

    [Fact]
    public async Task Without_a_display_name_the_PDF_names_the_animator_by_their_Slack_handle()
    {
        var (host, flow, id) = await StartedSessionAsync();
        await using var _ = host;
        host.Slack.Handle("users.info", _ => new FakeReply(200, new JsonObject
        {
            ["ok"] = true, ["user"] = new JsonObject { ["id"] = BrigadeHost.Animator, ["name"] = "lea.b", ["profile"] = new JsonObject { ["display_name"] = "" } },
        }));

        await SendRecapAsync(host, flow, id, next: null, resources: null);

        var text = Words(Text(Pdfs(host)[0].Pdf));
        Assert.Contains("Personne animatrice : lea.b", text.Replace('\u00A0', ' '));
        Assert.DoesNotContain("Prochaines étapes", text);
        Assert.DoesNotContain("Ressources", text);
    }

    [Fact]
    public async Task Each_field_is_checked_with_a_French_error_and_nothing_is_marked_or_sent()
    {
        var (host, flow, id) = await StartedSessionAsync();
        await using var _ = host;

        var sixLinks = string.Join("\n", Enumerable.Range(1, 6).Select(i => $"https://example.org/{i}"));
        var tooMany = BookingFlow.Parse(await SendRecapAsync(host, flow, id, resources: sixLinks));
        Assert.Equal("Indiquez au plus 5 ressources, une par ligne.", tooMany["errors"]![BookingIds.RecapResources]!.ToString());

        var notALink = BookingFlow.Parse(await SendRecapAsync(host, flow, id, resources: "https://example.org/ok\nLe guide ftp://example.org/guide"));
        Assert.Contains("La ligne 2 ne finit pas par un lien Web complet", notALink["errors"]![BookingIds.RecapResources]!.ToString());

        var blank = BookingFlow.Parse(await SendRecapAsync(host, flow, id, seen: "   "));
        Assert.Equal("Écrivez ce que vous avez vu ensemble.", blank["errors"]![BookingIds.RecapSeen]!.ToString());

        Assert.Null(flow.Bookings().Single().Attendance);
        Assert.Empty(Pdfs(host));
        Assert.Null(await host.Services.GetRequiredService<RecapStore>().FindAsync(id));
    }

    [Fact]
    public async Task A_recap_written_after_the_follow_up_goes_alone_and_a_second_one_replaces_the_first()
    {
        var (host, flow, id) = await StartedSessionAsync();
        await using var _ = host;
        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.MarkPresent, id);
        await host.IdleAsync();
        Assert.Empty(Pdfs(host));

        await SendRecapAsync(host, flow, id);
        var form = await OpenRecapAsync(host, flow, id);
        Assert.Equal(Seen, form.Input("Ce que nous avons vu")["element"]!["initial_value"]!.ToString());
        await flow.SubmitAsync(form.Set("Ce que nous avons vu", "Deuxième version : sauvegardes 3-2-1."), BrigadeHost.Animator);

        Assert.Single(Thanks(flow));
        var pdfs = Pdfs(host);
        Assert.Equal(4, pdfs.Count);
        Assert.Contains("Deuxième version", Text(pdfs[^1].Pdf));
        Assert.Equal("Deuxième version : sauvegardes 3-2-1.", (await host.Services.GetRequiredService<RecapStore>().FindAsync(id))!.Seen);
    }

    [Fact]
    public async Task Only_the_session_s_animator_may_write_its_recap()
    {
        var (host, flow, id) = await StartedSessionAsync();
        await using var _ = host;
        var form = await OpenRecapAsync(host, flow, id);

        var reply = BookingFlow.Parse(await flow.SubmitAsync(form.Set("Ce que nous avons vu", Seen), BrigadeHost.Member));

        Assert.NotNull(reply["errors"]);
        Assert.Null(flow.Bookings().Single().Attendance);
    }

    [Fact]
    public async Task The_follow_up_and_the_recap_link_the_theme_s_catalogue_sheet_as_edited_not_the_configured_one()
    {
        var (host, flow, id) = await StartedSessionAsync();
        await using var _ = host;
        const string edited = "https://fiches.example.org/cybersecurite-2027";
        var sheets = host.Services.GetRequiredService<SheetStore>();
        var summary = (await sheets.ActiveAsync()).Single(s => s.SeedKey == "theme:cybersecurite");
        await sheets.UpdateAsync(summary.Id, s => s.WebUrl = edited, default);

        await SendRecapAsync(host, flow, id);

        var thanks = Assert.Single(Thanks(flow)).AllText;
        Assert.Contains(edited, thanks);
        Assert.DoesNotContain("brigade/fiches/cybersecurite", thanks);
        Assert.Contains(edited, Text(Pdfs(host)[0].Pdf));
    }

    [Fact]
    public void Emoji_control_characters_and_scripts_outside_the_font_do_not_stop_the_PDF()
    {
        var recap = new RecapDocument("Cybersécurité", "2 décembre 2026, 14 h – 15 h", "🦊 Léa\u0007",
            "Très bien 🙂👍🏽 \u0000\u001b[31m 中文 עברית\r\n\tFin.", "\u200B", [], null);

        var text = Text(RecapPdf.Render(recap));

        Assert.Contains("Très bien", text);
        Assert.Contains("Fin.", text);
    }

    [Fact]
    public void The_longest_recap_fits_on_two_pages_and_keeps_its_accents()
    {
        var lines = string.Join("\n", Enumerable.Repeat("Étape à répéter : « sauvegarde » · vérifiée", 200));
        var recap = new RecapDocument("Écosystème Wikimédia", "2 décembre 2026, 14 h – 15 h", "Léa Bélanger",
            lines[..RecapForm.SeenMax], lines[..RecapForm.NextStepsMax],
            Enumerable.Range(1, 5).Select(i => new RecapResource { Label = new string('é', 150), Url = "https://example.org/" + new string('a', 480) }).ToList(),
            new BrigadeBot.Features.Common.KnowledgeSheets.ThemeSheet("Fiche Wikimédia", new string('à', 1500), "https://example.org/fiche"));

        var pdf = RecapPdf.Render(recap);

        Assert.InRange(Pages(pdf), 1, RecapPdf.MaxPages);
        var text = Text(pdf);
        Assert.Contains("Étape à répéter", text);
        Assert.Contains("CC0", text);
        Assert.Contains("page 2 de 2", text);
    }
}
