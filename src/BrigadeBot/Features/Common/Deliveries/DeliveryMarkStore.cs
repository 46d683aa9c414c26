using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Common.Deliveries;

/// <summary>The <c>delivery_marks</c> collection: one mark per message and member, claimed before the send.</summary>
public sealed partial class DeliveryMarkStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Collection = "delivery_marks";

    public void EnsureIndexes(ILiteDatabase db)
    {
        Marks(db).EnsureIndex(m => m.MemberId);
        Marks(db).EnsureIndex(m => m.UsefulUntilUtc);
    }

    private static ILiteCollection<DeliveryMark> Marks(ILiteDatabase db) => db.GetCollection<DeliveryMark>(Collection);

    /// <summary>Marks <paramref name="message"/> as going to <paramref name="memberId"/>; <c>false</c> when it already went.</summary>
    public Task<bool> ClaimAsync(string message, string memberId, DateTime nowUtc, DateTime usefulUntilUtc, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var id = DeliveryMark.IdOf(message, memberId);
            if (Marks(db).FindById(id) is not null) return false;
            Marks(db).Insert(new DeliveryMark
            {
                Id = id, Message = message, MemberId = memberId, ClaimedAtUtc = nowUtc, UsefulUntilUtc = usefulUntilUtc,
            });
            return true;
        }, ct);

    /// <summary>Hands the claim back: Slack did not take the message, a later try may send it.</summary>
    public Task ReleaseAsync(string message, string memberId, CancellationToken ct) =>
        database.WriteAsync(db => { Marks(db).Delete(DeliveryMark.IdOf(message, memberId)); }, ct);
}
