using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>The <c>member_profiles</c> collection: category, consent history, notice seen, slot alerts.</summary>
public sealed class MemberProfileStore(BrigadeDatabase database, TimeProvider time) : IStoreSetup
{
    public const string Collection = "member_profiles";
    public const string StatisticsPurpose = "statistiques-categorie";

    public void EnsureIndexes(ILiteDatabase db) => Profiles(db).EnsureIndex(p => p.SlotAlertRequestedAtUtc);

    internal static ILiteCollection<MemberProfile> Profiles(ILiteDatabase db) => db.GetCollection<MemberProfile>(Collection);

    public MemberProfile? Find(string memberId) => database.Read(db => Profiles(db).FindById(memberId));

    /// <summary>Whether the member still has to be shown the collection notice (first booking).</summary>
    public bool NeedsNotice(string memberId) => Find(memberId)?.NoticeVersion is null;

    /// <summary>Records the notice shown, the category and the statistics consent, inside a booking's transaction.</summary>
    internal static void RecordChoices(ILiteDatabase db, string memberId, ProfileChoices choices, DateTime nowUtc)
    {
        var profiles = Profiles(db);
        var profile = profiles.FindById(memberId) ?? new MemberProfile { MemberId = memberId };
        profile.NoticeVersion = choices.NoticeVersion;
        profile.NoticeShownAtUtc = nowUtc;
        profile.Category = choices.Category;
        profile.CategoryInStatistics = choices.CategoryInStatistics;
        profile.ConsentHistory.Add(new ConsentRecord
        {
            Purpose = StatisticsPurpose,
            Granted = choices.CategoryInStatistics,
            NoticeVersion = choices.NoticeVersion,
            AtUtc = nowUtc,
        });
        profiles.Upsert(profile);
    }

    public Task RequestSlotAlertAsync(string memberId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync(db =>
        {
            var profiles = Profiles(db);
            var profile = profiles.FindById(memberId) ?? new MemberProfile { MemberId = memberId };
            profile.SlotAlertRequestedAtUtc ??= now;
            profiles.Upsert(profile);
        }, ct);
    }

    /// <summary>Takes every pending slot alert (cleared in the same write, so each is sent once) and returns the members.</summary>
    public Task<IReadOnlyList<string>> TakeSlotAlertsAsync(CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<string>>(db =>
        {
            var profiles = Profiles(db);
            var waiting = profiles.Find(p => p.SlotAlertRequestedAtUtc != null).ToList();
            foreach (var profile in waiting)
            {
                profile.SlotAlertRequestedAtUtc = null;
                profiles.Update(profile);
            }
            return waiting.Select(p => p.MemberId).ToList();
        }, ct);
}

/// <summary>What the first booking's form asked: the notice shown, the category, the statistics consent.</summary>
public sealed record ProfileChoices(string NoticeVersion, string? Category, bool CategoryInStatistics);
