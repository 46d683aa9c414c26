using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BrigadeBot.BrowserTests;

/// <summary>
/// The sandbox in Chromium, as a newcomer uses it: the flows that exist today. The booking path (an animator publishes
/// a slot, a member books it with « /brigade reserver », both see their DMs, the clock brings the reminder, the member
/// cancels) is one more test here once booking lands, written with <see cref="SandboxPage"/>'s verbs.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SandboxBrowserTests(SandboxSession session) : IClassFixture<SandboxSession>
{
    [BrowserFact]
    public async Task The_help_typed_in_the_composer_lists_the_sub_commands_to_that_person_only()
    {
        var sandbox = await session.OpenAsync();

        await Expect(sandbox.Page.GetByRole(AriaRole.Button, new() { Name = "/brigade aide" })).ToBeVisibleAsync();
        await sandbox.TypeAsync("/brigade");

        await Expect(sandbox.Pane).ToContainTextAsync("BrigadeBot : ce que je peux faire pour vous");
        await Expect(sandbox.Pane).ToContainTextAsync("Visible uniquement par vous");
        await sandbox.BeAsync("Noémie");
        await Expect(sandbox.Pane).ToContainTextAsync("Aucun message");
    }

    [BrowserFact]
    public async Task A_typo_is_answered_with_the_closest_sub_command()
    {
        var sandbox = await session.OpenAsync();

        await sandbox.TypeAsync("/brigade aidee");

        await Expect(sandbox.Pane).ToContainTextAsync("Vouliez-vous dire /brigade aide ?");
    }

    [BrowserFact]
    public async Task A_new_member_finds_the_welcome_in_their_Messages()
    {
        var sandbox = await session.OpenAsync();

        await sandbox.SimulateNewMemberAsync();

        await Expect(sandbox.Page.GetByLabel("Vous êtes")).ToHaveValueAsync("U0SBNEW001");
        await Expect(sandbox.Page.Locator("#sb-pane-title")).ToHaveTextAsync("BrigadeBot");
        await Expect(sandbox.Pane).ToContainTextAsync("Bienvenue dans la communauté de la Brigade !");
        await Expect(sandbox.Pane).ToContainTextAsync("@Nouveau membre 1");
        await sandbox.BeAsync("Alex");
        await sandbox.OpenMessagesAsync();
        await Expect(sandbox.Pane).ToContainTextAsync("Aucun message");
    }

    [BrowserFact]
    public async Task The_clock_advances_by_an_hour_then_by_a_day()
    {
        var sandbox = await session.OpenAsync();
        var start = await sandbox.Clock.TextContentAsync();

        await sandbox.AdvanceClockAsync();
        await Expect(sandbox.Clock).Not.ToHaveTextAsync(start!);
        var anHourLater = await sandbox.Clock.TextContentAsync();
        await sandbox.AdvanceClockAsync(day: true);

        await Expect(sandbox.Clock).Not.ToHaveTextAsync(anHourLater!);
        Assert.NotEqual(start!.Split(' ')[0], (await sandbox.Clock.TextContentAsync())!.Split(' ')[0]); // another weekday
    }

    [BrowserFact]
    public async Task Reset_wipes_the_conversations_and_the_newcomers()
    {
        var sandbox = await session.OpenAsync();
        await sandbox.TypeAsync("/brigade aide");
        await sandbox.SimulateNewMemberAsync();

        await sandbox.ResetAsync();

        await Expect(sandbox.Page.GetByLabel("Vous êtes").Locator("option", new() { HasText = "Nouveau membre" })).ToHaveCountAsync(0);
        await sandbox.OpenAsync("général");
        await Expect(sandbox.Pane).ToContainTextAsync("Aucun message");
    }

    [BrowserFact]
    public async Task It_works_by_keyboard_alone()
    {
        var sandbox = await session.OpenAsync();
        await sandbox.Page.ReloadAsync(); // focus back at the top of the page

        await sandbox.Page.Keyboard.PressAsync("Tab"); // the skip link comes first
        await sandbox.Page.Keyboard.PressAsync("Enter");
        await Expect(sandbox.Composer).ToBeFocusedAsync();
        await sandbox.Page.Keyboard.TypeAsync("/brigade aide");
        await sandbox.Page.Keyboard.PressAsync("Enter");

        await Expect(sandbox.Pane).ToContainTextAsync("ce que je peux faire pour vous");
    }

    [BrowserFact]
    public async Task It_fits_a_phone_screen()
    {
        var sandbox = await session.OpenAsync(new ViewportSize { Width = 390, Height = 844 });

        await sandbox.TypeAsync("/brigade aide");

        await Expect(sandbox.Pane).ToContainTextAsync("ce que je peux faire pour vous");
        Assert.True(await sandbox.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
