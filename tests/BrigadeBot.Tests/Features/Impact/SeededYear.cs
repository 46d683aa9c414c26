using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Watch;
using BrigadeBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using BookingRecord = BrigadeBot.Features.Booking.Booking;

namespace BrigadeBot.Tests.Features.Impact;

/// <summary>
/// A known program year (1 April 2026 – 31 March 2027; the test clock is 30 November 2026): 88 accompaniments held by 64
/// people (48 came once, 8 twice, 8 three times), 18 of them in three group sessions; 19 artists, 13 students, 32 staff
/// of cultural organisations, all consenting; 5 absences; 60 survey answers; 3 codev meetings held. Around it, data
/// that must not count: a session the evening of 31 March (1 April in UTC), a cancelled booking, answers of other months,
/// a coming codev meeting. 6 watch items published and 4 sheets shared in the year; one of each the evening of 31 March
/// (1 April in UTC), and watch items scheduled or cancelled, do not count. Each held booking records its anonymous fact the way the booking store does when a session is
/// held, so the report counts from the facts.
/// </summary>
public static class SeededYear
{
    /// <summary>Accompaniments per theme, in catalogue order.</summary>
    public static readonly int[] PerTheme = [20, 15, 12, 10, 9, 8, 6, 4, 3, 1];
    public static readonly string[] ThemeSlugs =
    [
        "marketing-numerique", "evenements-virtuels", "collaboration-nuagique", "decouvrabilite", "sobriete-numerique",
        "cybersecurite", "loi-25", "wikimedia", "ia-recommandation", "metavers-nft-crypto",
    ];

    public static string Person(int n) => $"U0P{n:00}";

    public static async Task SeedAsync(BrigadeHost host)
    {
        var themes = ThemeSlugs.SelectMany((slug, i) => Enumerable.Repeat(slug, PerTheme[i])).ToList();
        var people = Enumerable.Range(1, 48).Select(Person)
            .Concat(Enumerable.Range(49, 8).SelectMany(n => Enumerable.Repeat(Person(n), 2)))
            .Concat(Enumerable.Range(57, 8).SelectMany(n => Enumerable.Repeat(Person(n), 3)))
            .ToList();
        var slots = new List<Slot>();
        var bookings = new List<BookingRecord>();
        var first = new DateTime(2026, 4, 6, 15, 0, 0, DateTimeKind.Utc);
        for (var k = 0; k < 88; k++)
        {
            var group = k < 18;
            var start = group ? first.AddDays(k / 6) : first.AddDays(2 * k);
            var slotId = group ? $"group-{k / 6}" : $"slot-{k}";
            if (!group || k % 6 == 0) slots.Add(Slot(slotId, start, group ? 6 : 1));
            bookings.Add(Booking($"b{k}", slotId, people[k], themes[k], start, BookingStatus.Held));
        }
        for (var a = 0; a < 4; a++) bookings.Add(Booking($"absent{a}", "slot-" + (20 + a), Person(1 + a), "cybersecurite",
            first.AddDays(2 * (20 + a)), BookingStatus.Absent));
        bookings.Add(Booking("absent-stranger", "slot-30", "U0NEVERCAME", "wikimedia", first.AddDays(60), BookingStatus.Absent));
        bookings.Add(Booking("cancelled", "slot-31", Person(2), "wikimedia", first.AddDays(62), BookingStatus.Cancelled));
        var lastEvening = new DateTime(2026, 4, 1, 1, 0, 0, DateTimeKind.Utc); // 31 March, 21:00 in Toronto
        slots.Add(Slot("before", lastEvening, 1));
        bookings.Add(Booking("before", "before", "U0EARLIER", "wikimedia", lastEvening, BookingStatus.Held));

        var profiles = Enumerable.Range(1, 64).Select(n => new MemberProfile
        {
            MemberId = Person(n),
            Category = n <= 19 ? "artiste" : n <= 32 ? "etudiant" : "organisme",
            CategoryInStatistics = true,
            NoticeVersion = BookingTexts.NoticeVersion,
        }).ToList();
        var answers = Enumerable.Range(0, 60).Select(i => new SurveyAnswer
        {
            ThemeSlug = "cybersecurite",
            Month = "2026-0" + (4 + i % 5),
            Satisfaction = i < 30 ? 5 : i < 50 ? 4 : i < 56 ? 3 : i < 59 ? 2 : 1,
            Progress = i < 40 ? SurveyProgress.Yes : i < 55 ? SurveyProgress.ALittle : SurveyProgress.No,
            Transfer = i < 30 ? 3 : i < 50 ? 5 : 0,
        }).Concat(
        [
            new SurveyAnswer { ThemeSlug = "wikimedia", Month = "2026-03", Satisfaction = 1, Transfer = 400 },
            new SurveyAnswer { ThemeSlug = "wikimedia", Month = "2027-04", Satisfaction = 1, Transfer = 400 },
        ]);
        var meetings = new[]
        {
            Meeting(new DateTime(2026, 5, 14, 22, 0, 0, DateTimeKind.Utc), 8),
            Meeting(new DateTime(2026, 9, 10, 22, 0, 0, DateTimeKind.Utc), 10),
            Meeting(new DateTime(2026, 11, 12, 23, 0, 0, DateTimeKind.Utc), 12, MeetingStatus.Scheduled),
            Meeting(new DateTime(2026, 12, 10, 23, 0, 0, DateTimeKind.Utc), 5, MeetingStatus.Scheduled), // to come
            Meeting(new DateTime(2026, 3, 12, 23, 0, 0, DateTimeKind.Utc), 9), // previous year
        };

        var facts = host.Services.GetRequiredService<SessionFactStore>();
        var categories = profiles.ToDictionary(p => p.MemberId, p => p.Category);
        var capacities = slots.ToDictionary(s => s.Id, s => s.Capacity);
        await host.Services.GetRequiredService<BrigadeDatabase>().WriteAsync(db =>
        {
            foreach (var held in bookings.Where(b => b.Status == BookingStatus.Held))
                held.SessionFactId = facts.RecordHeld(db, held.MemberId, held.ThemeSlug, held.StartUtc, capacities[held.SlotId] > 1,
                    categories.GetValueOrDefault(held.MemberId));
            db.GetCollection<Slot>(SlotStore.Collection).InsertBulk(slots);
            db.GetCollection<BookingRecord>(BookingStore.Collection).InsertBulk(bookings);
            db.GetCollection<MemberProfile>(MemberProfileStore.Collection).InsertBulk(profiles);
            db.GetCollection<SurveyAnswer>(SurveyStore.Answers).InsertBulk(answers);
            db.GetCollection<CodevMeeting>(MeetingStore.Collection).InsertBulk(meetings);
            db.GetCollection<WatchItem>(WatchStore.Collection).InsertBulk(WatchItems());
            db.GetCollection<SheetShare>(SheetShareStore.Collection).InsertBulk(SheetShares());
        }, default);
    }

    /// <summary>Published on 10 April, 10 May… 10 September 2026, and the evening of 31 March; one to come, one cancelled.</summary>
    public static IEnumerable<WatchItem> WatchItems() =>
        Enumerable.Range(0, 6).Select(m => WatchItem(new DateTime(2026, 4 + m, 10, 14, 0, 0, DateTimeKind.Utc), WatchState.Published))
            .Append(WatchItem(new DateTime(2026, 4, 1, 3, 0, 0, DateTimeKind.Utc), WatchState.Published)) // 31 March, 23:00 in Toronto
            .Append(WatchItem(new DateTime(2026, 12, 15, 14, 0, 0, DateTimeKind.Utc), WatchState.Scheduled))
            .Append(WatchItem(new DateTime(2026, 6, 15, 14, 0, 0, DateTimeKind.Utc), WatchState.Cancelled));

    private static WatchItem WatchItem(DateTime at, WatchState state) => new()
    {
        Title = $"Veille du {at:yyyy-MM-dd}", Url = "https://example.org/veille", ChannelId = "C0WATCH", AuthorId = BrigadeHost.Animator,
        PublishAtUtc = at, CreatedAtUtc = at.AddDays(-1), State = state, PublishedAtUtc = state == WatchState.Published ? at : null,
    };

    private static IEnumerable<SheetShare> SheetShares() =>
        Enumerable.Range(0, 4).Select(m => new SheetShare { SheetId = 1, ThemeSlug = "cybersecurite", AtUtc = new DateTime(2026, 5 + m, 3, 15, 0, 0, DateTimeKind.Utc) })
            .Append(new SheetShare { SheetId = 1, ThemeSlug = "cybersecurite", AtUtc = new DateTime(2026, 4, 1, 2, 0, 0, DateTimeKind.Utc) });

    private static Slot Slot(string id, DateTime start, int capacity) => new()
    {
        Id = id, AnimatorId = BrigadeHost.Animator, StartUtc = start, EndUtc = start.AddHours(1), Capacity = capacity,
        ThemeSlugs = [.. ThemeSlugs],
    };

    private static BookingRecord Booking(string id, string slotId, string member, string theme, DateTime start, BookingStatus status) => new()
    {
        Id = id, SlotId = slotId, MemberId = member, ThemeSlug = theme, AnimatorId = BrigadeHost.Animator,
        StartUtc = start, EndUtc = start.AddHours(1), Status = status, CreatedAtUtc = start.AddDays(-3),
    };

    private static CodevMeeting Meeting(DateTime start, int registered, MeetingStatus status = MeetingStatus.Closed) => new()
    {
        StartsAtUtc = start, DurationMinutes = 90, Place = "Salle", Capacity = 20, Status = status,
        RegisteredIds = Enumerable.Range(1, registered).Select(Person).ToList(),
    };
}
