using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Common.Members;

/// <summary>The <c>member_profiles</c> collection: category, consent history, notice seen, slot alerts.</summary>
public sealed partial class MemberProfileStore(BrigadeDatabase database, TimeProvider time) : IStoreSetup
{
    public const string Collection = "member_profiles";
    public const string StatisticsPurpose = ConsentPurposes.Statistics;

    public void EnsureIndexes(ILiteDatabase db) => Profiles(db).EnsureIndex(p => p.SlotAlertRequestedAtUtc);

    internal static ILiteCollection<MemberProfile> Profiles(ILiteDatabase db) => db.GetCollection<MemberProfile>(Collection);

    public Task<MemberProfile?> FindAsync(string memberId, CancellationToken ct = default) =>
        database.ReadAsync<MemberProfile?>(db => Profiles(db).FindById(memberId), ct);

    /// <summary>Whether the member still has to be shown the collection notice (first booking).</summary>
    public async Task<bool> NeedsNoticeAsync(string memberId, CancellationToken ct = default) => (await FindAsync(memberId, ct))?.NoticeVersion is null;

    /// <summary>Records the notice shown, the category and the statistics and survey consents, inside a booking's transaction.</summary>
    internal static void RecordChoices(ILiteDatabase db, string memberId, ProfileChoices choices, DateTime nowUtc)
    {
        var profiles = Profiles(db);
        var known = profiles.FindById(memberId);
        var profile = known ?? new MemberProfile { MemberId = memberId };
        profile.NoticeVersion = choices.NoticeVersion;
        profile.NoticeShownAtUtc = nowUtc;
        profile.Category = choices.Category;
        AppendConsent(profile, StatisticsPurpose, choices.CategoryInStatistics, choices.NoticeVersion, nowUtc);
        AppendConsent(profile, ConsentPurposes.Survey, choices.Survey, choices.NoticeVersion, nowUtc);
        // Upsert would look the id up again to learn what the line above already knows.
        if (known is null) profiles.Insert(profile);
        else profiles.Update(profile);
    }

    /// <summary>Appends a choice to the history (never rewritten) and applies it to the current state.</summary>
    internal static void AppendConsent(MemberProfile profile, string purpose, bool granted, string noticeVersion, DateTime nowUtc)
    {
        if (purpose == StatisticsPurpose) profile.CategoryInStatistics = granted;
        profile.ConsentHistory.Add(new ConsentRecord { Purpose = purpose, Granted = granted, NoticeVersion = noticeVersion, AtUtc = nowUtc });
    }

    /// <summary>The member's current choice for <paramref name="purpose"/>: the last one recorded; refused when never asked.</summary>
    public static bool IsGranted(MemberProfile? profile, string purpose) =>
        profile?.ConsentHistory.LastOrDefault(c => c.Purpose == purpose)?.Granted ?? false;

    /// <summary>Records the choices that differ from the current ones; returns the purposes that changed.</summary>
    public Task<IReadOnlyList<string>> RecordConsentsAsync(string memberId, IReadOnlyDictionary<string, bool> choices, string noticeVersion,
        CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync<IReadOnlyList<string>>(db =>
        {
            var profiles = Profiles(db);
            var profile = profiles.FindById(memberId) ?? new MemberProfile { MemberId = memberId };
            var changed = choices.Where(c => IsGranted(profile, c.Key) != c.Value || profile.ConsentHistory.All(h => h.Purpose != c.Key))
                .Select(c => c.Key).ToList();
            foreach (var purpose in changed) AppendConsent(profile, purpose, choices[purpose], noticeVersion, now);
            if (changed.Count > 0) profiles.Upsert(profile);
            return changed;
        }, ct);
    }

    /// <summary>Changes the profile category (a correction; consents are untouched).</summary>
    public Task SetCategoryAsync(string memberId, string? category, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var profiles = Profiles(db);
            var profile = profiles.FindById(memberId) ?? new MemberProfile { MemberId = memberId };
            profile.Category = category;
            profiles.Upsert(profile);
        }, ct);

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
