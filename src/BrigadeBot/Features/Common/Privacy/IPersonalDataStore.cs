using LiteDB;

namespace BrigadeBot.Features.Common.Privacy;

/// <summary>
/// A store that holds personal data takes part in the member's rights and in retention through this interface. Every
/// method runs inside one database change (export: inside a read), so an erasure across all stores is one transaction.
/// Register it, with the description of its collections, through
/// <see cref="PersonalDataServiceCollectionExtensions.AddPersonalData{TStore}"/>.
/// </summary>
public interface IPersonalDataStore
{
    /// <summary>Adds what <paramref name="memberId"/> gave us to the export, and nothing about anyone else.</summary>
    void Export(ILiteDatabase db, string memberId, MemberExport export);

    /// <summary>Removes (or makes anonymous) every document that identifies the member; queue Slack work after commit.</summary>
    void Erase(ILiteDatabase db, string memberId, Erasure erasure);

    /// <summary>Destroys the records whose purpose is over; adds what it removed to <paramref name="removed"/> (counts by kind).</summary>
    void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed);
}
