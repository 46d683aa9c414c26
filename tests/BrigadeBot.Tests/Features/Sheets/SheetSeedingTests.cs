using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Sheets;

public sealed class SheetSeedingTests
{
    private static Task<IReadOnlyList<Sheet>> AllAsync(BrigadeHost host) =>
        host.Services.GetRequiredService<SheetStore>().ActiveAsync();

    [Fact]
    public async Task Each_catalogue_theme_gets_its_summary_sheet_once_even_across_restarts()
    {
        var first = await BrigadeHost.StartAsync();
        var themes = first.Services.GetRequiredService<ThemeCatalog>().All;
        var seeded = await AllAsync(first);
        Assert.Equal(themes.Select(t => t.Slug).Order(), seeded.Select(s => s.ThemeSlug).Order());
        Assert.All(seeded, s => Assert.Equal(SheetOrigin.ThemeSummary, s.Origin));
        Assert.Contains("hameçonnage", seeded.Single(s => s.ThemeSlug == "cybersecurite").Keywords);
        await first.DisposeAsync(keepSlack: true);

        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);

        Assert.Equal(seeded.Select(s => s.Id).Order(), (await AllAsync(second)).Select(s => s.Id).Order());
        Assert.Empty(second.Slack.CallsTo("chat.postMessage")); // seeds are not announced
    }

    [Fact]
    public async Task A_retired_summary_stays_retired_and_a_new_theme_gets_its_sheet_after_a_restart()
    {
        var first = await BrigadeHost.StartAsync();
        var store = first.Services.GetRequiredService<SheetStore>();
        var loi25 = (await store.ActiveAsync()).Single(s => s.ThemeSlug == "loi-25").Id;
        await store.UpdateAsync(loi25, s => s.RetiredAtUtc = DateTime.UtcNow, CancellationToken.None);
        await first.DisposeAsync(keepSlack: true);

        await using var second = await BrigadeHost.StartAsync(new Dictionary<string, string?>
        {
            ["Brigade:Themes:11:Slug"] = "balados",
            ["Brigade:Themes:11:Name"] = "Balados",
            ["Brigade:Themes:11:Description"] = "Créer et diffuser un balado.",
        }, first.Slack, first.Clock, first.DataFolder);

        var active = await AllAsync(second);
        Assert.DoesNotContain(active, s => s.ThemeSlug == "loi-25");
        Assert.Single(active, s => s.ThemeSlug == "balados");
        Assert.Equal(11, active.Count);
        Assert.True((await second.Services.GetRequiredService<SheetStore>().FindAsync(loi25))!.IsRetired);
    }
}
