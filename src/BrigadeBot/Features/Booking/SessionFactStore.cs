using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common.Sessions;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// The <c>session_stats</c> collection (anonymous facts about held sessions) and <c>member_pseudonyms</c>. The booking
/// store records a fact in the same write that marks a booking held; the impact report reads <see cref="Between"/>.
/// </summary>
public sealed class SessionFactStore(BrigadeDatabase database, BrigadeTimeZone zone) : IStoreSetup, IPersonalDataStore, ISessionFacts
{
    public const string Collection = "session_stats";
    public const string PseudonymCollection = "member_pseudonyms";
    /// <summary>The category of a member who did not consent to count it (or never gave one).</summary>
    public const string CategoryWithheld = "non-communiquee";

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(SessionFact),
        "Rapport d'impact aux bailleurs de fonds : séances tenues, sans identifiant.",
        "Personnes animatrices, en totaux ; les cases de moins de `Privacy:StatsMinCell` personnes sont masquées.",
        "Conservé : anonyme, il ne change ni à l'effacement ni à l'échéance des réservations.",
    [
        F("Id", "Identifiant interne."), F("ThemeSlug", "Thème."), F("Day", "Jour de la séance (sans l'heure)."),
        F("Group", "Séance de groupe ou individuelle."),
        F("Category", "Catégorie si le membre y consentait au moment de la séance, sinon « non-communiquee »."),
        F("Participant", "Pseudonyme aléatoire, pour compter les personnes distinctes."),
    ]);

    public static readonly PersonalDataCollection PseudonymInventory = new(PseudonymCollection, typeof(MemberPseudonym),
        "Relier un membre à son pseudonyme statistique.", "Personne (usage interne du bot).",
        "`Privacy:Retention:BookingsMonths` après sa dernière séance ; effacé par `oublier` (le pseudonyme devient alors anonyme).",
        [F("MemberId", "Identifiant Slack du membre."), F("Pseudonym", "Pseudonyme aléatoire."), F("LastUsedUtc", "Dernière séance.")],
        BookingStore.Retention);

    public void EnsureIndexes(ILiteDatabase db)
    {
        Facts(db).EnsureIndex(f => f.Day);
        Pseudonyms(db).EnsureIndex(p => p.LastUsedUtc);
    }

    private static ILiteCollection<SessionFact> Facts(ILiteDatabase db) => db.GetCollection<SessionFact>(Collection);
    private static ILiteCollection<MemberPseudonym> Pseudonyms(ILiteDatabase db) => db.GetCollection<MemberPseudonym>(PseudonymCollection);

    /// <summary>
    /// Records one held session, inside the caller's write (call it exactly once per booking, when it becomes held), and
    /// returns the fact's id (kept on the booking only, so a corrected attendance can take the fact back).
    /// <paramref name="consentedCategory"/> is the category only if the member consents to count it now.
    /// </summary>
    public string RecordHeld(ILiteDatabase db, string memberId, string themeSlug, DateTime startUtc, bool group, string? consentedCategory)
    {
        var pseudonyms = Pseudonyms(db);
        var link = pseudonyms.FindById(memberId) ?? new MemberPseudonym { MemberId = memberId, Pseudonym = "p-" + Guid.NewGuid().ToString("N") };
        link.LastUsedUtc = DateTime.SpecifyKind(startUtc, DateTimeKind.Utc);
        pseudonyms.Upsert(link);
        var id = ObjectId.NewObjectId();
        Facts(db).Insert(new SessionFact
        {
            Id = id,
            ThemeSlug = themeSlug,
            Day = DateOnly.FromDateTime(zone.ToLocal(new DateTimeOffset(link.LastUsedUtc)).DateTime),
            Group = group,
            Category = string.IsNullOrEmpty(consentedCategory) ? CategoryWithheld : consentedCategory,
            Participant = link.Pseudonym,
        });
        return id.ToString();
    }

    /// <summary>Takes back the fact of a session that turns out not held (attendance corrected to absent), inside the caller's write.</summary>
    public static void Forget(ILiteDatabase db, string factId) => Facts(db).Delete(new ObjectId(factId));

    /// <summary>Facts of sessions held between two days of the Brigade zone, both included.</summary>
    public Task<IReadOnlyList<SessionFact>> BetweenAsync(DateOnly first, DateOnly last, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<SessionFact>>(db => Facts(db).FindAll().ToList().Where(f => f.Day >= first && f.Day <= last).ToList(), ct);

    async Task<IReadOnlyList<SessionFactView>> ISessionFacts.BetweenAsync(DateOnly first, DateOnly last, CancellationToken ct) =>
        (await BetweenAsync(first, last, ct)).Select(f => new SessionFactView(f.Participant, f.ThemeSlug, f.Day, f.Group, f.Category)).ToList();

    public Task<IReadOnlyList<SessionFact>> AllAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<SessionFact>>(db => Facts(db).FindAll().ToList(), ct);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        // Facts are anonymous and the pseudonym is ours, not something the member gave: nothing to export.
    }

    public void Erase(ILiteDatabase db, string memberId, Erasure erasure) =>
        erasure.Removed.Add("pseudonyms", Pseudonyms(db).Delete(memberId) ? 1 : 0);

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed) =>
        removed.Add("pseudonyms", Pseudonyms(db).DeleteMany(p => p.LastUsedUtc < cutoffs.Before(BookingStore.Retention)));
}
