using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// <see cref="IImpactSource"/> over privacy's anonymous <c>session_stats</c> facts (one per participant of a held
/// session: erasure and retention never change them), the bookings marked absent, and the codev meetings (started).
/// </summary>
public sealed class StoredImpactSource(BrigadeDatabase database, SessionFactStore sessions, BrigadeTimeZone zone, TimeProvider time)
    : IImpactSource
{
    /// <summary>Categories counted as such; anything else (no answer, refused) is « non communiquée ».</summary>
    public static readonly IReadOnlyList<string> Categories = ["artiste", "etudiant", "organisme", "autre"];

    public async Task<ImpactFacts> FactsAsync(ReportPeriod period, CancellationToken ct)
    {
        var held = (await sessions.BetweenAsync(period.From, period.To.AddDays(-1), ct))
            .Select(f => new AccompanimentFact(f.Participant, f.ThemeSlug, f.Group, Categories.Contains(f.Category) ? f.Category : null))
            .ToList();
        var (fromUtc, toUtc) = period.InUtc(zone);
        var now = time.GetUtcNow().UtcDateTime;
        return await database.ReadAsync(db =>
        {
            // Absences are not accompaniments: they may leave with the bookings at erasure or retention.
            var absences = BookingStore.Bookings(db).Find(b => b.StartUtc >= fromUtc && b.StartUtc < toUtc)
                .Count(b => b.Status == BookingStatus.Absent);
            var meetings = MeetingStore.Meetings(db).Find(m => m.StartsAtUtc >= fromUtc && m.StartsAtUtc < toUtc)
                .Where(m => m.StartsAtUtc <= now)
                .Select(m => new CodevFact(m.StartsAtUtc, m.RegisteredIds.Count))
                .ToList();
            return new ImpactFacts(held, absences, meetings);
        }, ct);
    }
}
