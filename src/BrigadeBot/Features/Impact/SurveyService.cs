using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Sessions;
using BrigadeBot.Features.Common.Surveys;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrigadeBot.Features.Impact;

/// <summary>Opens, records and closes post-session surveys (<c>Brigade:Survey:OpenDays</c> after the session).</summary>
public sealed class SurveyService(SurveyStore store, IHeldSessions sessions, ThemeCatalog themes, TimeProvider time,
    IOptionsMonitor<SurveyOptions> options, ILogger<SurveyService> log)
{
    public static readonly JobKey CloseKey = new("survey-close", "impact");
    public const string DailyCron = "0 30 3 * * ?";

    private int OpenDays => Math.Max(1, options.CurrentValue.OpenDays);
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public Task<SurveyState> StateOfAsync(string bookingId, string memberId, CancellationToken ct) =>
        store.StateOfAsync(bookingId, memberId, Now, OpenDays, ct);

    public async Task<string> ThemeNameOfAsync(string bookingId, CancellationToken ct) =>
        await sessions.FindHeldAsync(bookingId, ct) is { } s ? themes.BySlug(s.ThemeSlug)?.Name ?? s.ThemeSlug : "";

    public Task<SurveyState> AnswerAsync(string bookingId, string memberId, SurveyForm form, CancellationToken ct) =>
        store.TryAnswerAsync(bookingId, memberId, form, Now, OpenDays, ct);

    /// <summary>Deletes the « has answered » markers of closed surveys (daily; a late click is refused by date anyway).</summary>
    public async Task<int> CloseExpiredAsync(CancellationToken ct)
    {
        var deleted = await store.DeleteClosedMarkersAsync(Now, ct);
        if (deleted > 0) log.LogInformation("Closed surveys: {Count} answered marker(s) deleted", deleted);
        return deleted;
    }

    public static string Refusal(SurveyState state) => state switch
    {
        SurveyState.AlreadyAnswered => ImpactTexts.SurveyAlreadyAnswered,
        SurveyState.Closed => ImpactTexts.SurveyClosed,
        _ => ImpactTexts.SurveyNotYours,
    };
}
