using static Microsoft.Playwright.Assertions;

namespace BrigadeBot.BrowserTests;

/// <summary>
/// The shape of the booking path, on the tests' probe feature: a modal filled by its French labels, Slack's own
/// refusal and the bot's, the DM, a confirmed button on it, and a reminder brought by the clock.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ProbeBrowserTests(ProbeSandboxSession session) : IClassFixture<ProbeSandboxSession>
{
    [BrowserFact]
    public async Task A_modal_is_filled_by_its_labels_refused_then_accepted_and_its_DM_button_answers()
    {
        var sandbox = await session.OpenAsync();
        await sandbox.BeAsync("Alex");

        await sandbox.TypeAsync("/brigade essai");
        await Expect(sandbox.Modal).ToContainTextAsync("Formulaire d'essai");
        await sandbox.SubmitAsync("Envoyer");
        await Expect(sandbox.ErrorUnder("Titre")).ToHaveTextAsync("Ce champ est obligatoire.");

        await sandbox.FillAsync("Titre", "erreur");
        await sandbox.FillAsync("Date", "2026-12-02");
        await sandbox.FillAsync("Heure de début", "14:00");
        await sandbox.ChooseAsync("Thème", "Cybersécurité");
        await sandbox.SubmitAsync("Envoyer");
        await Expect(sandbox.ErrorUnder("Titre")).ToHaveTextAsync("Ce titre est refusé par le bot.");
        await Expect(sandbox.Modal.GetByLabel("Titre", new() { Exact = true })).ToHaveValueAsync("erreur");

        await sandbox.FillAsync("Titre", "Atelier");
        await sandbox.FillAsync("Durée (minutes)", "60");
        await sandbox.TickAsync("Jours", "Lundi");
        await sandbox.SearchAndChooseAsync("Fiche", "cyber", "Fiche cyber");
        await sandbox.SubmitAsync("Envoyer");
        await Expect(sandbox.Modal).ToBeHiddenAsync();

        await sandbox.OpenMessagesAsync();
        await Expect(sandbox.Pane).ToContainTextAsync("Reçu : Atelier | 2026-12-02 | 14:00 | cyber | 60 | lun | fiche-cyber | meta-42");
        await sandbox.ClickInPaneAsync("Confirmer", confirm: "Oui");
        await Expect(sandbox.Pane).ToContainTextAsync("Cliqué : ok-1");
        await Expect(sandbox.Pane).ToContainTextAsync("Essai confirmé");
    }

    [BrowserFact]
    public async Task A_reminder_arrives_when_the_clock_passes_its_hour()
    {
        var sandbox = await session.OpenAsync();
        await sandbox.BeAsync("Noémie");

        await sandbox.TypeAsync("/brigade rappel");
        await Expect(sandbox.Pane).ToContainTextAsync("Rappel prévu dans une heure.");
        await sandbox.AdvanceClockAsync();
        await sandbox.OpenMessagesAsync();

        await Expect(sandbox.Pane).ToContainTextAsync("Rappel : c'est l'heure !");
    }

    [BrowserFact]
    public async Task Escape_closes_the_modal()
    {
        var sandbox = await session.OpenAsync();

        await sandbox.TypeAsync("/brigade essai");
        await Expect(sandbox.Modal).ToBeVisibleAsync();
        await sandbox.Page.Keyboard.PressAsync("Escape");

        await Expect(sandbox.Modal).ToBeHiddenAsync();
    }
}
