using BrigadeBot.Features.Common.FollowUps;
using BrigadeBot.Features.Common.Sessions;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The <c>survey_answers</c> (anonymous) and <c>survey_markers</c> (answered bookings while the survey is open)
/// collections. Marker and answer are written in one transaction, so a booking gets one answer however often it is sent.
/// </summary>
public sealed partial class SurveyStore(BrigadeDatabase database, BrigadeTimeZone zone, IHeldSessions sessions) : IStoreSetup
{
    public const string Answers = "survey_answers";
    public const string Markers = "survey_markers";

    public void EnsureIndexes(ILiteDatabase db)
    {
        AnswerCollection(db).EnsureIndex(a => a.Month);
        MarkerCollection(db).EnsureIndex(m => m.ClosesAtUtc);
    }

    private static ILiteCollection<SurveyAnswer> AnswerCollection(ILiteDatabase db) => db.GetCollection<SurveyAnswer>(Answers);
    private static ILiteCollection<SurveyMarker> MarkerCollection(ILiteDatabase db) => db.GetCollection<SurveyMarker>(Markers);

    /// <summary>Whether <paramref name="memberId"/> may answer the survey of <paramref name="bookingId"/> now.</summary>
    public Task<SurveyState> StateOfAsync(string bookingId, string memberId, DateTime nowUtc, int openDays, CancellationToken ct = default) =>
        database.ReadAsync(db => State(db, bookingId, memberId, nowUtc, openDays).State, ct);

    /// <summary>Stores the answer and the marker in one write, when the survey is open and not answered yet.</summary>
    public Task<SurveyState> TryAnswerAsync(string bookingId, string memberId, SurveyForm form, DateTime nowUtc, int openDays,
        CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var (state, booking) = State(db, bookingId, memberId, nowUtc, openDays);
            if (state != SurveyState.Open) return state;
            MarkerCollection(db).Insert(new SurveyMarker { BookingId = booking!.Id, ClosesAtUtc = ClosesAt(booking, openDays) });
            AnswerCollection(db).Insert(new SurveyAnswer
            {
                ThemeSlug = booking.ThemeSlug,
                Month = MonthOf(booking.StartUtc),
                Satisfaction = form.Satisfaction,
                Progress = form.Progress,
                Transfer = form.Transfer,
                Comment = form.Comment,
            });
            return SurveyState.Open;
        }, ct);

    /// <summary>Deletes the markers of closed surveys; their answers stay, tied to nobody.</summary>
    public Task<int> DeleteClosedMarkersAsync(DateTime nowUtc, CancellationToken ct) =>
        database.WriteAsync(db => MarkerCollection(db).DeleteMany(m => m.ClosesAtUtc <= nowUtc), ct);

    public Task<int> OpenMarkersAsync(CancellationToken ct = default) => database.ReadAsync(db => MarkerCollection(db).Count(), ct);

    /// <summary>Answers of sessions whose month falls in [<paramref name="fromMonth"/>, <paramref name="toMonth"/>] (« yyyy-MM »).</summary>
    public Task<IReadOnlyList<SurveyAnswer>> AnswersBetweenAsync(string fromMonth, string toMonth, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<SurveyAnswer>>(db => AnswerCollection(db).FindAll().ToList()
                .Where(a => string.CompareOrdinal(a.Month, fromMonth) >= 0 && string.CompareOrdinal(a.Month, toMonth) <= 0)
                .ToList(), ct);

    public static DateTime ClosesAt(HeldSession session, int openDays) => session.EndUtc.AddDays(openDays);

    private string MonthOf(DateTime utc) => zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM");

    private (SurveyState State, HeldSession? Booking) State(ILiteDatabase db, string bookingId, string memberId,
        DateTime nowUtc, int openDays)
    {
        var booking = sessions.Held(db, bookingId);
        if (booking is null || booking.MemberId != memberId) return (SurveyState.NotYours, null);
        if (nowUtc >= ClosesAt(booking, openDays)) return (SurveyState.Closed, booking);
        if (MarkerCollection(db).FindById(booking.Id) is not null) return (SurveyState.AlreadyAnswered, booking);
        return (SurveyState.Open, booking);
    }
}
