using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Events;

/// <summary>
/// The <c>event_survey_answers</c> (anonymous) and <c>event_survey_markers</c> (who answered, while the survey is open)
/// collections. Marker and answer are written in one transaction, so a member gives one answer per conference.
/// </summary>
public sealed partial class EventSurveyStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Answers = "event_survey_answers";
    public const string Markers = "event_survey_markers";

    public void EnsureIndexes(ILiteDatabase db)
    {
        AnswerCollection(db).EnsureIndex(a => a.EventId);
        MarkerCollection(db).EnsureIndex(m => m.ClosesAtUtc);
    }

    private static ILiteCollection<EventSurveyAnswer> AnswerCollection(ILiteDatabase db) => db.GetCollection<EventSurveyAnswer>(Answers);
    private static ILiteCollection<EventSurveyMarker> MarkerCollection(ILiteDatabase db) => db.GetCollection<EventSurveyMarker>(Markers);

    public static DateTime ClosesAt(Conference conference, int openDays) => conference.EndsAtUtc.AddDays(openDays);

    public Task<EventSurveyState> StateOfAsync(int eventId, string memberId, DateTime nowUtc, int openDays, CancellationToken ct = default) =>
        database.ReadAsync(db => State(db, eventId, memberId, nowUtc, openDays).State, ct);

    /// <summary>Stores the answer and the marker in one write, when the survey is open and not answered yet.</summary>
    public Task<EventSurveyState> TryAnswerAsync(int eventId, string memberId, EventSurveyForm form, DateTime nowUtc, int openDays,
        CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var (state, conference) = State(db, eventId, memberId, nowUtc, openDays);
            if (state != EventSurveyState.Open) return state;
            MarkerCollection(db).Insert(new EventSurveyMarker
            {
                Id = EventSurveyMarker.IdOf(eventId, memberId), ClosesAtUtc = ClosesAt(conference!, openDays),
            });
            AnswerCollection(db).Insert(new EventSurveyAnswer
            {
                EventId = eventId, Expectations = form.Expectations, Progress = form.Progress, Comment = form.Comment,
            });
            return EventSurveyState.Open;
        }, ct);

    /// <summary>Deletes the markers of closed surveys; their answers stay, tied to nobody.</summary>
    public Task<int> DeleteClosedMarkersAsync(DateTime nowUtc, CancellationToken ct) =>
        database.WriteAsync(db => MarkerCollection(db).DeleteMany(m => m.ClosesAtUtc <= nowUtc), ct);

    public Task<IReadOnlyList<EventSurveyAnswer>> AnswersForAsync(IReadOnlyCollection<int> eventIds, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<EventSurveyAnswer>>(db => AnswerCollection(db).FindAll().Where(a => eventIds.Contains(a.EventId)).ToList(), ct);

    private static (EventSurveyState State, Conference? Conference) State(ILiteDatabase db, int eventId, string memberId, DateTime nowUtc, int openDays)
    {
        var conference = EventStore.Events(db).FindById(eventId);
        if (conference is not { Status: ConferenceStatus.Scheduled } || !conference.AttendedIds.Contains(memberId))
            return (EventSurveyState.NotYours, null);
        if (nowUtc >= ClosesAt(conference, openDays)) return (EventSurveyState.Closed, conference);
        if (MarkerCollection(db).FindById(EventSurveyMarker.IdOf(eventId, memberId)) is not null)
            return (EventSurveyState.AlreadyAnswered, conference);
        return (EventSurveyState.Open, conference);
    }
}
