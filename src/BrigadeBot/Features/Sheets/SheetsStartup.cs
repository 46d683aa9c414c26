using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// At every start, stores the summary sheet of each catalogue theme that never had one: a restart adds nothing twice,
/// a theme added to <c>Brigade:Themes</c> gets its sheet, and a retired summary stays retired. Registered after
/// storage, so it runs once the collections exist and before the web server listens.
/// </summary>
internal sealed class SheetsStartup(SheetStore store, SheetSearch search, ThemeCatalog themes, BrigadeTimeZone zone,
    TimeProvider time, ILogger<SheetsStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var seeds = themes.All.Select(theme => new Sheet
        {
            Title = theme.Name,
            ThemeSlug = theme.Slug,
            Summary = theme.Description.Length > 0 ? theme.Description : theme.Name,
            WebUrl = string.IsNullOrWhiteSpace(theme.SheetUrl) ? null : theme.SheetUrl,
            Keywords = [.. SheetSeeds.For(theme.Slug)],
            Origin = SheetOrigin.ThemeSummary,
            PublishedOn = zone.Today,
            SeedKey = SheetSeeds.Key(theme.Slug),
            CreatedAtUtc = now,
        }).ToList();
        var added = await store.SeedAsync(seeds, cancellationToken);
        await search.RefreshAsync(cancellationToken);
        if (added > 0) log.LogInformation("Seeded {Count} theme summary sheets", added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
