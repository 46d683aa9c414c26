using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BrigadeBot.BrowserTests.Support;

/// <summary>
/// What a person does on the sandbox page, found by what they read (labels, button texts), never by markup details.
/// Feature tests (booking's: publish a slot, book it, see the reminder, cancel) are written with these verbs.
/// </summary>
public sealed class SandboxPage(IPage page)
{
    public IPage Page => page;

    /// <summary>The conversation shown now.</summary>
    public ILocator Pane => page.Locator("#sb-pane");

    /// <summary>The modal open now, if any.</summary>
    public ILocator Modal => page.GetByRole(AriaRole.Dialog);

    public ILocator Clock => page.Locator("#sb-clock");

    public ILocator Composer => page.GetByLabel("Message", new() { Exact = true });

    /// <summary>
    /// Chooses who is at the keyboard (« Vous êtes »), by a part of their name, and waits until the page shows what
    /// that person sees: a click before it would land on the previous person's sidebar (their DM conversation, which
    /// the new person's page then replaces by « # général »). Generous, for a machine busy with other test runs.
    /// </summary>
    public async Task BeAsync(string name)
    {
        var select = page.GetByLabel("Vous êtes");
        var value = await select.Locator("option", new() { HasText = name }).First.GetAttributeAsync("value");
        await select.SelectOptionAsync(value!);
        await Assertions.Expect(select).ToHaveValueAsync(value!);
        await Assertions.Expect(page.Locator("#sb-main")).ToHaveAttributeAsync("data-person", value!, new() { Timeout = 15_000 });
    }

    /// <summary>Types in the composer and presses Entrée, as in Slack.</summary>
    public async Task TypeAsync(string text)
    {
        await Composer.FillAsync(text);
        await Composer.PressAsync("Enter");
        await Assertions.Expect(Composer).ToHaveValueAsync("");
    }

    /// <summary>Opens a conversation of the sidebar: « # général », « BrigadeBot » (the DMs), « Accueil ».</summary>
    public Task OpenAsync(string pane) =>
        page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Button, new() { Name = pane, Exact = false }).First.ClickAsync();

    public Task OpenMessagesAsync() => OpenAsync("BrigadeBot");

    public Task AdvanceClockAsync(bool day = false) => ClickAndSettleAsync(day ? "Avancer d'1 jour" : "Avancer d'1 h");

    public Task SimulateNewMemberAsync() => ClickAndSettleAsync("Simuler l'arrivée d'un membre");

    /// <summary>
    /// « Remettre à zéro », confirmed in its dialog. The page's first state comes first: it fills the person selector
    /// in the same row, which widens and moves the button; a click computed before that can land beside it.
    /// </summary>
    public async Task ResetAsync()
    {
        await Settled();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remettre à zéro" }).ClickAsync();
        await page.Locator("#sb-confirm").GetByRole(AriaRole.Button, new() { Name = "Remettre à zéro" }).ClickAsync();
        await Settled();
        await Assertions.Expect(Pane).ToContainTextAsync("Aucun message");
    }

    /// <summary>Waits until the page has its answers (it marks the conversation busy while a request is out).</summary>
    public Task Settled() => Assertions.Expect(page.Locator("#sb-main")).Not.ToHaveAttributeAsync("aria-busy", "true");

    /// <summary>Clicks a control of the page's frame by its text, then waits for the answer.</summary>
    private async Task ClickAndSettleAsync(string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();
        await Settled();
    }

    /// <summary>Fills a modal field by its label (« Date », « Heure de début », « Durée (minutes) »).</summary>
    public Task FillAsync(string label, string value) => Modal.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    /// <summary>Chooses the option of a select whose text contains <paramref name="part"/> (a date, an hour).</summary>
    public async Task ChooseContainingAsync(string label, string part)
    {
        var select = Modal.GetByLabel(label, new() { Exact = true });
        var option = select.Locator("option", new() { HasText = part }).First;
        await select.SelectOptionAsync(await option.GetAttributeAsync("value") ?? "");
        await Settled();
    }

    /// <summary>Picks a radio button or ticks a lone checkbox of the modal by its text.</summary>
    public Task PickAsync(string option) => Modal.GetByLabel(option, new() { Exact = true }).CheckAsync();

    /// <summary>Chooses an option of a select by its text; a select that asks the bot at once is waited for.</summary>
    public async Task ChooseAsync(string label, string option)
    {
        await Modal.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = option });
        await Settled();
    }

    /// <summary>Ticks an option of a checkbox group (« Jours » → « Lundi »).</summary>
    public Task TickAsync(string group, string option) =>
        Modal.GetByRole(AriaRole.Group, new() { Name = group }).GetByLabel(option).CheckAsync();

    /// <summary>An external select: types in its search box, asks the bot (« Chercher »), picks an answer.</summary>
    public async Task SearchAndChooseAsync(string label, string query, string option)
    {
        var field = Modal.GetByRole(AriaRole.Group, new() { Name = label });
        await field.GetByRole(AriaRole.Searchbox).FillAsync(query);
        await field.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        var choices = field.GetByRole(AriaRole.Combobox);
        await Assertions.Expect(choices.Locator("option", new() { HasText = option })).ToHaveCountAsync(1);
        await choices.SelectOptionAsync(new SelectOptionValue { Label = option });
    }

    private static readonly TimeZoneInfo Brigade = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    /// <summary>The time <paramref name="hours"/> from now, in the Brigade's time zone, as the sandbox's forms take it.</summary>
    public static DateTimeOffset BrigadeTimeIn(double hours) => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddHours(hours), Brigade);

    /// <summary>« /brigade dispo »: one 60-minute slot at <paramref name="start"/>'s hour (Brigade time), published.</summary>
    public async Task PublishSlotAsync(DateTimeOffset start)
    {
        await TypeAsync("/brigade dispo");
        await Assertions.Expect(Modal).ToContainTextAsync("Publier des créneaux");
        await FillAsync("Date", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await FillAsync("Heure de début", start.ToString("HH:00", CultureInfo.InvariantCulture));
        await FillAsync("Durée (minutes)", "60");
        await FillAsync("Lien de visioconférence", "https://meet.example.org/brigade");
        await SubmitAsync("Publier");
        await Assertions.Expect(Modal).ToBeHiddenAsync();
    }

    /// <summary>« /brigade reserver »: the Cybersécurité slot at <paramref name="start"/>'s hour, booked as a student.</summary>
    public async Task BookCybersecurityAsync(DateTimeOffset start)
    {
        await TypeAsync("/brigade reserver");
        await Assertions.Expect(Modal).ToContainTextAsync("Réserver une séance");
        await ChooseAsync("Thème", "Cybersécurité");
        await ChooseContainingAsync("Créneau", $"{start.Hour} h –");
        await PickAsync("Étudiant·e");
        await SubmitAsync("Réserver");
        await Assertions.Expect(Modal).ToBeHiddenAsync();
    }

    /// <summary>The modal's own buttons (« Envoyer », « Annuler »), then waits for the bot's answer.</summary>
    public async Task SubmitAsync(string button)
    {
        await Modal.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Settled();
    }

    /// <summary>The message shown under a modal field (the bot's, or Slack's own check).</summary>
    public ILocator ErrorUnder(string label) =>
        Modal.Locator(".sb-input", new() { Has = page.GetByText(label, new() { Exact = true }) }).Locator(".sb-error");

    /// <summary>Clicks a button of a message in the pane (confirming its dialog when it has one).</summary>
    public async Task ClickInPaneAsync(string button, string? confirm = null)
    {
        await Pane.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).Last.ClickAsync();
        if (confirm is not null)
            await page.Locator("#sb-confirm").GetByRole(AriaRole.Button, new() { Name = confirm, Exact = true }).ClickAsync();
        await Settled();
    }

    public static Regex Text(string text) => new(Regex.Escape(text));
}
