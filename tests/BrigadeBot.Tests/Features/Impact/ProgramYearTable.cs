using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using BookingRecord = BrigadeBot.Features.Booking.Booking;

namespace BrigadeBot.Tests.Features.Impact;

/// <summary>
/// The program's own 2023–2024 table, laid in the test clock's program year (1 April 2026 – 31 March 2027): 88 accompaniments
/// by 64 people. 42 came individually (66 accompaniments: 24 once, 12 twice, 6 three times, first between 1 and 21 September
/// 2026) and accept surveys; 22 came in 5 Wikimédia group sessions in October and do not. 19 artists, 13 students, 32 staff of
/// organisations. Each held booking records its anonymous fact the way the booking store does.
/// </summary>
public static class ProgramYearTable
{
    /// <summary>Individual accompaniments per theme; every group accompaniment is Wikimédia.</summary>
    public static readonly (string Slug, int Count)[] IndividualThemes =
    [
        ("wikimedia", 10), ("cybersecurite", 17), ("loi-25", 10), ("marketing-numerique", 12), ("concertation-numerique", 5),
        ("decouvrabilite", 6), ("collaboration-nuagique", 4), ("ia-recommandation", 2),
    ];
    public static readonly int[] GroupSizes = [5, 5, 4, 4, 4];

    public static string Person(int n) => $"U0Y{n:00}";
    public static IEnumerable<string> Individuals => Enumerable.Range(1, 42).Select(Person);
    public static IEnumerable<string> InGroups => Enumerable.Range(43, 22).Select(Person);

    public static async Task SeedAsync(BrigadeHost host)
    {
        var themes = IndividualThemes.SelectMany(t => Enumerable.Repeat(t.Slug, t.Count)).ToList();
        var visits = Enumerable.Range(1, 42).SelectMany(n => Enumerable.Range(0, n <= 24 ? 1 : n <= 36 ? 2 : 3).Select(k => (Person: n, Visit: k)))
            .ToList();
        var slots = new List<Slot>();
        var bookings = new List<BookingRecord>();
        var september = new DateTime(2026, 9, 1, 15, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < visits.Count; i++)
        {
            var (person, visit) = visits[i];
            var start = september.AddDays((person - 1) / 2 + 30 * visit).AddHours(person % 2 * 2);
            slots.Add(Slot($"slot-{i}", start, 1));
            bookings.Add(Booking($"b{i}", $"slot-{i}", Person(person), themes[i], start));
        }
        var next = 43;
        for (var g = 0; g < GroupSizes.Length; g++)
        {
            var start = new DateTime(2026, 10, 6, 18, 0, 0, DateTimeKind.Utc).AddDays(7 * g);
            slots.Add(Slot($"group-{g}", start, 8));
            for (var k = 0; k < GroupSizes[g]; k++, next++)
                bookings.Add(Booking($"g{g}-{k}", $"group-{g}", Person(next), "wikimedia", start));
        }
        var profiles = Enumerable.Range(1, 64).Select(n => new MemberProfile
        {
            MemberId = Person(n),
            Category = n <= 19 ? "artiste" : n <= 32 ? "etudiant" : "organisme",
            CategoryInStatistics = true,
            NoticeVersion = ConsentPurposes.NoticeVersion,
            ConsentHistory =
            [
                new ConsentRecord { Purpose = ConsentPurposes.Statistics, Granted = true, NoticeVersion = ConsentPurposes.NoticeVersion, AtUtc = september },
                new ConsentRecord { Purpose = ConsentPurposes.Survey, Granted = n <= 42, NoticeVersion = ConsentPurposes.NoticeVersion, AtUtc = september },
            ],
        }).ToList();

        var facts = host.Services.GetRequiredService<SessionFactStore>();
        var capacities = slots.ToDictionary(s => s.Id, s => s.Capacity);
        var categories = profiles.ToDictionary(p => p.MemberId, p => p.Category);
        await host.Services.GetRequiredService<BrigadeDatabase>().WriteAsync(db =>
        {
            foreach (var held in bookings)
                held.SessionFactId = facts.RecordHeld(db, held.MemberId, held.ThemeSlug, held.StartUtc, capacities[held.SlotId] > 1,
                    categories[held.MemberId]);
            db.GetCollection<Slot>(SlotStore.Collection).InsertBulk(slots);
            db.GetCollection<BookingRecord>(BookingStore.Collection).InsertBulk(bookings);
            db.GetCollection<MemberProfile>(MemberProfileStore.Collection).InsertBulk(profiles);
        }, default);
    }

    /// <summary>The workspace as <c>users.list</c> serves it: <paramref name="people"/> members, 3 admins and accounts that do not count.</summary>
    public static void Workspace(BrigadeHost host, int people)
    {
        host.Slack.Users.Clear();
        for (var n = 0; n < people; n++) host.Slack.Users.Add(User($"U1{n:000}"));
        host.Slack.Users.Add(User("U0ADMIN1", admin: true));
        host.Slack.Users.Add(User("U0ADMIN2", admin: true));
        host.Slack.Users.Add(User("U0OWNER", owner: true));
        host.Slack.Users.Add(User("B0BOT", bot: true));
        host.Slack.Users.Add(User("U0APP", app: true));
        host.Slack.Users.Add(User("U0GONE", deleted: true));
        host.Slack.Users.Add(User("USLACKBOT"));
    }

    private static System.Text.Json.Nodes.JsonObject User(string id, bool admin = false, bool owner = false, bool bot = false, bool app = false,
        bool deleted = false) => new()
    {
        ["id"] = id, ["name"] = id.ToLowerInvariant(), ["deleted"] = deleted, ["is_bot"] = bot, ["is_app_user"] = app,
        ["is_admin"] = admin || owner, ["is_owner"] = owner,
    };

    private static Slot Slot(string id, DateTime start, int capacity) => new()
    {
        Id = id, AnimatorId = BrigadeHost.Animator, StartUtc = start, EndUtc = start.AddHours(1), Capacity = capacity, ThemeSlugs = [],
    };

    private static BookingRecord Booking(string id, string slotId, string member, string theme, DateTime start) => new()
    {
        Id = id, SlotId = slotId, MemberId = member, ThemeSlug = theme, AnimatorId = BrigadeHost.Animator, StartUtc = start,
        EndUtc = start.AddHours(1), Status = BookingStatus.Held, CreatedAtUtc = start.AddDays(-3), Attendance = Attendance.Present,
    };
}
