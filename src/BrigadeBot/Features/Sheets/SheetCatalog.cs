using Brigade.Slack.FollowUp;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.KnowledgeSheets;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// The knowledge sheets: search, publish, edit, retire. Every change is committed, then the in-memory index is
/// rebuilt; a new sheet is announced in <c>Brigade:Channels:Sheets</c> after the acknowledgement.
/// </summary>
public sealed class SheetCatalog(SheetStore store, SheetSearch search, ThemeCatalog themes, SlackFollowUpQueue followUp,
    BrigadeTimeZone zone, TimeProvider time) : ISheetPublisher
{
    public Task<IReadOnlyList<Sheet>> SearchAsync(string query, CancellationToken ct) => search.SearchAsync(query, ct: ct);

    public Task<Sheet?> FindAsync(int id, CancellationToken ct) => store.FindAsync(id, ct);

    public string? ThemeName(string slug) => themes.BySlug(slug)?.Name;

    /// <summary>Today in the Brigade zone: the default publication date.</summary>
    public DateOnly Today => zone.Today;

    /// <summary>
    /// Stores a new sheet by <paramref name="authorId"/> and announces it. Throws <see cref="ArgumentException"/> for a
    /// draft the modal would have refused (missing title or summary, unsafe link, theme outside the catalogue).
    /// </summary>
    public async Task<Sheet> PublishAsync(SheetDraft draft, string authorId, CancellationToken ct)
    {
        Check(draft);
        var sheet = new Sheet { AuthorId = authorId, CreatedAtUtc = time.GetUtcNow().UtcDateTime };
        Apply(sheet, draft);
        await store.InsertAsync(sheet, ct);
        await search.RefreshAsync(ct);
        followUp.Enqueue("sheet announcement", (services, token) =>
            services.GetRequiredService<SheetAnnouncer>().AnnounceAsync(sheet.Id, token));
        return sheet;
    }

    /// <summary>For the codevelopment feature: publishes the sheet of a meeting, dated today.</summary>
    public Task<Sheet> PublishMeetingSheetAsync(string title, string themeSlug, string summary, string webUrl, string? pdfUrl,
        IReadOnlyList<string> keywords, string authorId, CancellationToken ct) =>
        PublishAsync(new SheetDraft(title, themeSlug, summary, webUrl, pdfUrl, keywords, SheetOrigin.CodevMeeting, zone.Today),
            authorId, ct);

    Task ISheetPublisher.PublishMeetingSheetAsync(string title, string themeSlug, string summary, string webUrl, string authorId,
        CancellationToken ct) => PublishMeetingSheetAsync(title, themeSlug, summary, webUrl, null, [], authorId, ct);

    /// <summary>Replaces the content of a sheet; <c>null</c> when it does not exist or was retired meanwhile.</summary>
    public async Task<Sheet?> UpdateAsync(int id, SheetDraft draft, string editorId, CancellationToken ct)
    {
        Check(draft);
        var now = time.GetUtcNow().UtcDateTime;
        var retired = false;
        var sheet = await store.UpdateAsync(id, s =>
        {
            retired = s.IsRetired;
            if (retired) return;
            Apply(s, draft);
            s.UpdatedAtUtc = now;
            s.UpdatedBy = editorId;
        }, ct);
        await search.RefreshAsync(ct);
        return retired ? null : sheet;
    }

    /// <summary>Takes a sheet out of the searches, keeping it in storage; <c>null</c> when it does not exist.</summary>
    public async Task<Sheet?> RetireAsync(int id, string userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var sheet = await store.UpdateAsync(id, s =>
        {
            if (s.IsRetired) return;
            s.RetiredAtUtc = now;
            s.RetiredBy = userId;
        }, ct);
        await search.RefreshAsync(ct);
        return sheet;
    }

    /// <summary>Every theme of the catalogue with its latest summary sheet and its number of active sheets.</summary>
    public async Task<IReadOnlyList<ThemeSheets>> ByThemeAsync(CancellationToken ct) =>
        ThemeSheets.Of(themes.All, await store.ActiveAsync(ct));

    private void Check(SheetDraft draft)
    {
        if (SheetRules.Problem(draft) is { } problem)
            throw new ArgumentException($"The sheet's {problem} is missing or invalid.", nameof(draft));
        if (themes.BySlug(draft.ThemeSlug) is null)
            throw new ArgumentException($"'{draft.ThemeSlug}' is not a theme of the catalogue.", nameof(draft));
    }

    private static void Apply(Sheet sheet, SheetDraft draft)
    {
        sheet.Title = draft.Title.Trim();
        sheet.ThemeSlug = draft.ThemeSlug;
        sheet.Summary = draft.Summary.Trim();
        sheet.WebUrl = draft.WebUrl;
        sheet.PdfUrl = draft.PdfUrl;
        sheet.Keywords = [.. draft.Keywords];
        sheet.Origin = draft.Origin;
        sheet.PublishedOn = draft.PublishedOn;
    }
}
