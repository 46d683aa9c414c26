using BrigadeBot.Features.Common;
using static Microsoft.Playwright.Assertions;

namespace BrigadeBot.BrowserTests;

/// <summary>
/// The issue's « done when »: an animator publishes a slot, a member books it with « /brigade reserver », both see
/// their DMs, the clock brings the reminder, the member cancels. Only the page is used, through its French words.
/// </summary>
[Trait("Category", "Browser")]
public sealed class BookingBrowserTests(SandboxSession session) : IClassFixture<SandboxSession>
{
    [BrowserFact(Needs = "BrigadeBot.Features.Booking.BookingSetup")]
    public async Task An_animator_publishes_a_slot_a_member_books_it_is_reminded_and_cancels()
    {
        var sandbox = await session.OpenAsync();
        // A start 30 hours ahead: one « Avancer d'1 jour » passes the day-before reminder, not the session.
        var start = SandboxPage.BrigadeTimeIn(30);

        await sandbox.BeAsync("Camille");
        await sandbox.PublishSlotAsync(start);
        await sandbox.OpenMessagesAsync();
        await Expect(sandbox.Pane).ToContainTextAsync("1 créneau(x) publié(s)");

        await sandbox.BeAsync("Alex");
        await sandbox.BookCybersecurityAsync(start);
        await sandbox.OpenMessagesAsync();
        await Expect(sandbox.Pane).ToContainTextAsync("Votre accompagnement est confirmé !");

        await sandbox.BeAsync("Camille");
        await sandbox.OpenMessagesAsync();
        await Expect(sandbox.Pane).ToContainTextAsync("Nouvelle réservation");

        await sandbox.BeAsync("Alex");
        await sandbox.AdvanceClockAsync(day: true);
        await sandbox.OpenMessagesAsync();
        await Expect(sandbox.Pane).ToContainTextAsync("Rappel : accompagnement Cybersécurité demain");

        await sandbox.TypeAsync("/brigade mes-reservations");
        // The button reads « Annuler »; its accessible name says which accompaniment.
        await sandbox.ClickInPaneAsync($"Annuler l'accompagnement du {FrenchDates.DayAndTime(start.AddMinutes(-start.Minute), start)}", confirm: "Oui, annuler");
        await Expect(sandbox.Pane).ToContainTextAsync("Votre accompagnement est annulé.");
        await sandbox.BeAsync("Camille");
        await sandbox.OpenMessagesAsync();
        await Expect(sandbox.Pane).ToContainTextAsync("a annulé son accompagnement");
    }
}
