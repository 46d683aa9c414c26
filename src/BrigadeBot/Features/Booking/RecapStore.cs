using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>The <c>session_recaps</c> collection: one recap per booking, rewritten when the animator sends it again.</summary>
public sealed partial class RecapStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Collection = "session_recaps";

    public void EnsureIndexes(ILiteDatabase db)
    {
        Recaps(db).EnsureIndex(r => r.MemberId);
        Recaps(db).EnsureIndex(r => r.EndUtc);
    }

    private static ILiteCollection<SessionRecap> Recaps(ILiteDatabase db) => db.GetCollection<SessionRecap>(Collection);

    public Task SaveAsync(SessionRecap recap, CancellationToken ct) => database.WriteAsync(db => Recaps(db).Upsert(recap), ct);

    public Task<SessionRecap?> FindAsync(string bookingId, CancellationToken ct = default) =>
        database.ReadAsync<SessionRecap?>(db => Recaps(db).FindById(bookingId), ct);

    /// <summary>The member's recaps, latest session first.</summary>
    public Task<IReadOnlyList<SessionRecap>> OfMemberAsync(string memberId, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<SessionRecap>>(db => Recaps(db).Find(r => r.MemberId == memberId)
            .OrderByDescending(r => r.StartUtc).ToList(), ct);

    /// <summary>Deletes those of <paramref name="bookingIds"/> that are the member's own; returns how many went.</summary>
    public Task<int> DeleteAsync(string memberId, IReadOnlyList<string> bookingIds, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var recaps = Recaps(db);
            return bookingIds.Count(id => recaps.FindById(id)?.MemberId == memberId && recaps.Delete(id));
        }, ct);
}
