using BrigadeBot.Features.Common.Surveys;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Events;

/// <summary>Opens, records and closes post-conference surveys (<c>Brigade:Survey:OpenDays</c> after the conference ends).</summary>
public sealed class EventSurveyService(EventSurveyStore store, TimeProvider time, IOptionsMonitor<SurveyOptions> options,
    ILogger<EventSurveyService> log)
{
    private int OpenDays => Math.Max(1, options.CurrentValue.OpenDays);
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public Task<EventSurveyState> StateOfAsync(int eventId, string memberId, CancellationToken ct) =>
        store.StateOfAsync(eventId, memberId, Now, OpenDays, ct);

    public Task<EventSurveyState> AnswerAsync(int eventId, string memberId, EventSurveyForm form, CancellationToken ct) =>
        store.TryAnswerAsync(eventId, memberId, form, Now, OpenDays, ct);

    /// <summary>Deletes the « has answered » markers of closed surveys (daily; a late click is refused by date anyway).</summary>
    public async Task CloseExpiredAsync(CancellationToken ct)
    {
        var deleted = await store.DeleteClosedMarkersAsync(Now, ct);
        if (deleted > 0) log.LogInformation("Closed conference surveys: {Count} answered marker(s) deleted", deleted);
    }

    public static string Refusal(EventSurveyState state) => state switch
    {
        EventSurveyState.AlreadyAnswered => EventSurveyTexts.AlreadyAnswered,
        EventSurveyState.Closed => EventSurveyTexts.Closed,
        _ => EventSurveyTexts.NotYours,
    };
}
