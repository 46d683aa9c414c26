using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BrigadeBot.BrowserTests;

/// <summary>
/// The sandbox page passes axe-core (labels, contrast, roles, names) with no serious or critical violation, with a
/// conversation shown and with a modal open; the modal keeps the keyboard and Échap closes it.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SandboxAccessibilityTests(SandboxSession session) : IClassFixture<SandboxSession>
{
    private static async Task AssertNoSeriousViolationAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(result.Passes.Length > 10, "axe did not run");
        Assert.True(serious.Count == 0, string.Join('\n', serious));
    }

    [BrowserFact]
    public async Task The_page_with_a_conversation_has_no_serious_or_critical_violation()
    {
        var sandbox = await session.OpenAsync();
        await sandbox.TypeAsync("/brigade aide");
        await Expect(sandbox.Pane).ToContainTextAsync("ce que je peux faire pour vous");

        await AssertNoSeriousViolationAsync(sandbox.Page);
    }

    [BrowserFact(Needs = "BrigadeBot.Features.Booking.BookingSetup")]
    public async Task A_modal_has_no_serious_violation_keeps_the_focus_and_closes_with_Escape()
    {
        var sandbox = await session.OpenAsync();
        await sandbox.BeAsync("Camille");
        await sandbox.TypeAsync("/brigade dispo");
        await Expect(sandbox.Modal).ToContainTextAsync("Publier des créneaux");

        await AssertNoSeriousViolationAsync(sandbox.Page);

        const string focusInModal = "document.getElementById('sb-modal').contains(document.activeElement)";
        var controls = await sandbox.Modal.Locator("button, input, select, textarea").CountAsync();
        Assert.True(await sandbox.Page.EvaluateAsync<bool>(focusInModal), "the modal did not take the focus");
        for (var i = 1; i <= controls + 2; i++)
        {
            await sandbox.Page.Keyboard.PressAsync("Tab");
            Assert.True(await sandbox.Page.EvaluateAsync<bool>(focusInModal), $"the focus left the modal after {i} Tab");
        }
        for (var i = 1; i <= controls + 2; i++)
        {
            await sandbox.Page.Keyboard.PressAsync("Shift+Tab");
            Assert.True(await sandbox.Page.EvaluateAsync<bool>(focusInModal), $"the focus left the modal after {i} Maj+Tab");
        }

        await sandbox.Page.Keyboard.PressAsync("Escape");
        await Expect(sandbox.Modal).ToBeHiddenAsync();
        await sandbox.Settled();
    }
}
