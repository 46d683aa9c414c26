using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.KnowledgeSheets;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Draws a recap's PDF from what is stored now: the theme's name and catalogue sheet, the animator's Slack name. Used for
/// the DM and for the export alike, so the member gets the same document either way.
/// </summary>
public sealed class RecapDocuments(ThemeCatalog themes, IThemeSheets sheets, BrigadeTimeZone zone, ISlackApi slack,
    ILogger<RecapDocuments> log)
{
    public async Task<byte[]> RenderAsync(SessionRecap recap, CancellationToken ct)
    {
        var document = new RecapDocument(ThemeName(recap.ThemeSlug), When(recap), await AnimatorNameAsync(recap.AnimatorId, ct),
            recap.Seen, recap.NextSteps, recap.Resources, await sheets.OfThemeAsync(recap.ThemeSlug, ct));
        return RecapPdf.Render(document);
    }

    public string ThemeName(string slug) => themes.BySlug(slug)?.Name ?? slug;

    /// <summary>« 2 décembre 2026 »: the session's day, with its year (the document is kept).</summary>
    public string Date(SessionRecap recap) => FrenchDates.Date(DateOnly.FromDateTime(Local(recap.StartUtc).DateTime));

    private string When(SessionRecap recap) =>
        RecapTexts.When(Date(recap), FrenchDates.Time(Local(recap.StartUtc)), FrenchDates.Time(Local(recap.EndUtc)));

    private DateTimeOffset Local(DateTime utc) => zone.ToLocal(SessionDisplay.AsUtc(utc));

    /// <summary>The animator's display name, else their Slack handle, else their id (Slack unreachable).</summary>
    private async Task<string> AnimatorNameAsync(string animatorId, CancellationToken ct)
    {
        try
        {
            var user = await slack.UserInfoAsync(animatorId, ct);
            return new[] { user.Profile?.DisplayName, user.Name }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? animatorId;
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Animator name not found for a recap ({Error})", ex.Error);
            return animatorId;
        }
    }
}
