using System.Text;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Scheduling;
using BrigadeBot.Tests.Features.Codev;
using BrigadeBot.Tests.Features.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The recap is the member's: exported (its PDF drawn again), withdrawn with corriger, erased with oublier, expired with the bookings.</summary>
public sealed class RecapPrivacyTests
{
    private static async Task<(BrigadeHost Host, BookingFlow Flow, string Id)> WithRecapAsync()
    {
        var (host, flow, id) = await RecapTests.StartedSessionAsync();
        await RecapTests.SendRecapAsync(host, flow, id);
        Assert.Equal(2, RecapTests.Pdfs(host).Count);
        return (host, flow, id);
    }

    private static Task<SessionRecap?> StoredAsync(BrigadeHost host, string id) => host.Services.GetRequiredService<RecapStore>().FindAsync(id);

    [Fact]
    public async Task The_export_holds_the_recap_and_sends_its_PDF_drawn_again()
    {
        var (host, _, id) = await WithRecapAsync();
        await using var _ = host;

        await host.CommandAsync("mes-donnees");
        await host.IdleAsync();

        var tickets = host.Slack.CallsTo("files.getUploadURLExternal");
        var json = tickets.Select((t, i) => (t, i)).Single(p => p.t.Arg("filename") == PrivacyTexts.ExportFileName).i;
        var export = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(host.Slack.CallsTo("(upload)")[json].Arg("content_base64")!)))!;
        var recap = Assert.Single(export["session_recaps"]!.AsArray())!;
        Assert.Equal(RecapTests.Seen, recap["seen"]!.ToString());
        Assert.Equal(RecapTests.NextSteps, recap["next_steps"]!.ToString());
        Assert.Equal("Guide d'hygiène numérique", recap["resources"]![0]!["label"]!.ToString());
        Assert.Equal($"recapitulatif-{id}.pdf", recap["pdf"]!.ToString());

        var pdfs = RecapTests.Pdfs(host);
        Assert.Equal(3, pdfs.Count);
        Assert.Equal("D0MEMBER1", pdfs[^1].Channel);
        Assert.Contains("registre des incidents", RecapTests.Text(pdfs[^1].Pdf));
    }

    [Fact]
    public async Task Corriger_withdraws_a_recap()
    {
        var (host, _, id) = await WithRecapAsync();
        await using var _ = host;
        var privacy = new PrivacyFlow(host);

        var form = await privacy.OpenAsync("corriger");
        Assert.Contains("Cybersécurité · 2 décembre 2026", form.Options(RecapTexts.CorrectionLabel));
        var done = await privacy.SubmitAsync(form.Set(RecapTexts.CorrectionLabel, id));

        Assert.Contains("1 récapitulatif retiré.", done.Readable());
        Assert.Null(await StoredAsync(host, id));
    }

    [Fact]
    public async Task Oublier_erases_the_recap()
    {
        var (host, _, id) = await WithRecapAsync();
        await using var _ = host;
        var privacy = new PrivacyFlow(host);

        await privacy.SubmitAsync(await privacy.OpenAsync("oublier"));

        Assert.Null(await StoredAsync(host, id));
    }

    [Fact]
    public async Task The_recap_expires_with_the_bookings()
    {
        var (host, _, id) = await WithRecapAsync();
        await using var _ = host;
        await host.Services.GetRequiredService<IBrigadeScheduler>().UnscheduleAsync(RetentionService.Key, default);
        var retention = host.Services.GetRequiredService<RetentionService>();

        host.Clock.Advance(new DateTime(2027, 12, 1, 0, 0, 0, DateTimeKind.Utc) - host.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(0, (await retention.RunAsync(default))["recaps"]);
        Assert.NotNull(await StoredAsync(host, id));

        host.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(1, (await retention.RunAsync(default))["recaps"]);
        Assert.Null(await StoredAsync(host, id));
    }
}
