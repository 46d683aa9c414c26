using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BrigadeBot.BrowserTests;

/// <summary>
/// After a session, the animator writes its recap from « /brigade agenda » and the member receives it as a PDF they can
/// open: the one flow that renders a PDF, so a build that cannot (a native one missing a font or a type) fails here.
/// </summary>
[Trait("Category", "Browser")]
public sealed class RecapBrowserTests(SandboxSession session) : IClassFixture<SandboxSession>
{
    [BrowserFact(Needs = "BrigadeBot.Features.Booking.BookingSetup")]
    public async Task The_animator_writes_the_recap_after_the_session_and_the_member_opens_its_PDF()
    {
        var sandbox = await session.OpenAsync();
        var start = SandboxPage.BrigadeTimeIn(30);

        await sandbox.BeAsync("Camille");
        await sandbox.PublishSlotAsync(start);
        await sandbox.BeAsync("Alex");
        await sandbox.BookCybersecurityAsync(start);

        // Thirty-one hours later the session, which started within the thirtieth, is over.
        await sandbox.AdvanceClockAsync(day: true);
        for (var hour = 0; hour < 7; hour++) await sandbox.AdvanceClockAsync();

        await sandbox.BeAsync("Camille");
        await sandbox.TypeAsync("/brigade agenda");
        await sandbox.Pane.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Récapitulatif") }).Last.ClickAsync();
        await sandbox.Settled();
        await Expect(sandbox.Modal).ToContainTextAsync("Ce que nous avons vu");
        await sandbox.FillAsync("Ce que nous avons vu", "Sauvegardes et double authentification.");
        await sandbox.FillAsync("Prochaines étapes", "Activer la double authentification.");
        await sandbox.SubmitAsync("Envoyer");
        await Expect(sandbox.Modal).ToBeHiddenAsync();

        await sandbox.BeAsync("Alex");
        await sandbox.OpenMessagesAsync();
        await Expect(sandbox.Pane).ToContainTextAsync("Voici le récapitulatif de votre accompagnement");
        var link = await sandbox.Pane.Locator("a[href*='/sandbox/files/']").Last.GetAttributeAsync("href");
        using var client = new HttpClient { BaseAddress = new Uri(session.Address) };
        var pdf = await client.GetByteArrayAsync(link);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 10_000, $"a recap with its sheet and fonts, not {pdf.Length} bytes");
    }
}
