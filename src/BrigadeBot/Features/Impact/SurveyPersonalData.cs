using System.Text.Json.Nodes;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Privacy;
using LiteDB;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The survey markers in export, erasure and retention. A marker holds a booking id, so it points at a member while the
/// booking exists; the answers themselves hold nothing that ties them to anyone and stay.
/// </summary>
public sealed partial class SurveyStore : IPersonalDataStore
{
    /// <summary>Which of the member's bookings had their survey answered (the answer itself cannot be found back).</summary>
    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        var mine = BookingStore.Bookings(db).Find(b => b.MemberId == memberId).Select(b => b.Id).ToHashSet();
        foreach (var marker in MarkerCollection(db).FindAll().Where(m => mine.Contains(m.BookingId)))
            export.Add("survey_answers", new JsonObject
            {
                ["booking"] = marker.BookingId,
                ["answered"] = true,
                ["survey_closes_at"] = export.Date(marker.ClosesAtUtc),
            });
    }

    /// <summary>
    /// Deletes the markers of the member's bookings, and those whose booking is already gone (the stores erase in turn:
    /// the bookings may be deleted before this runs).
    /// </summary>
    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var bookings = BookingStore.Bookings(db);
        var markers = MarkerCollection(db);
        var gone = markers.FindAll()
            .Where(m => bookings.FindById(m.BookingId) is not { } booking || booking.MemberId == memberId)
            .ToList();
        foreach (var marker in gone) markers.Delete(marker.BookingId);
        erasure.Removed.Add("survey-markers", gone.Count);
    }

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) =>
        removed.Add("survey-markers", MarkerCollection(db).DeleteMany(m => m.ClosesAtUtc <= cutoffs.NowUtc));
}
