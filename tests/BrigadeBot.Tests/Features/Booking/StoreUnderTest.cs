using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>
/// A <see cref="BookingStore"/> over a temporary database file, without a host: for the checks made inside its writes
/// (capacity, ownership, erasure), which a host per case would make slow to exercise one by one.
/// </summary>
internal sealed class StoreUnderTest : IDisposable
{
    public const string Animator = "U0ANIMATOR";
    public const string Animator2 = "U0ANIMATOR2";
    public const string Member = "U0MEMBER";
    public const string Member2 = "U0MEMBER2";
    public const string Member3 = "U0MEMBER3";
    public const string Theme = "cybersecurite";
    public static readonly DateTime Now = new(2026, 11, 30, 14, 0, 0, DateTimeKind.Utc);
    public static readonly TimeSpan Hold = TimeSpan.FromHours(2);

    private readonly TempFolder temp = new();
    private int slots;

    public StoreUnderTest()
    {
        Database = TestDatabase.Open(temp.DatabasePath);
        var zone = new BrigadeTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"), TimeProvider.System);
        Facts = new SessionFactStore(Database, zone);
        Store = new BookingStore(Database, Facts);
        Database.WriteAsync(db =>
        {
            Store.EnsureIndexes(db);
            Facts.EnsureIndexes(db);
        }, default).GetAwaiter().GetResult();
    }

    public BrigadeDatabase Database { get; }
    public SessionFactStore Facts { get; }
    public BookingStore Store { get; }

    public static BookingRules Rules(DateTime? now = null, int maxUpcoming = 5, TimeSpan? notice = null, int? perDay = null) =>
        new(now ?? Now, maxUpcoming, notice ?? TimeSpan.Zero, perDay, instant => (instant.Date, instant.Date.AddDays(1)), Hold);

    /// <summary>An open slot of an hour starting <paramref name="inHours"/> after <see cref="Now"/>.</summary>
    public Slot AddSlot(double inHours, int capacity = 1, string animator = Animator, string theme = Theme)
    {
        var start = Now.AddHours(inHours);
        var slot = new Slot
        {
            Id = $"slot-{++slots}",
            AnimatorId = animator,
            StartUtc = start,
            EndUtc = start.AddHours(1),
            Capacity = capacity,
            ThemeSlugs = [theme],
            CreatedAtUtc = Now,
        };
        Database.WriteAsync(db => SlotStore.Slots(db).Insert(slot), default).GetAwaiter().GetResult();
        return slot;
    }

    public Task<BookingOutcome> BookAsync(Slot slot, string member = Member, BookingRules? rules = null, string theme = Theme,
        string? moving = null) =>
        Store.TryBookAsync(new BookingRequest(member, slot.Id, theme, null, null, moving), rules ?? Rules(), default);

    /// <summary>Books and returns the booking, failing the test when refused.</summary>
    public async Task<BrigadeBot.Features.Booking.Booking> BookedAsync(Slot slot, string member = Member, BookingRules? rules = null)
    {
        var outcome = await BookAsync(slot, member, rules);
        Assert.Null(outcome.Refusal);
        return outcome.Booking!;
    }

    /// <summary>Puts <paramref name="member"/> on the slot's waiting list and offers them a place held until <see cref="Hold"/> runs out.</summary>
    public void HoldPlaceFor(Slot slot, string member, DateTime? nowUtc = null) =>
        Database.WriteAsync(db =>
        {
            WaitlistStore.Join(db, WaitQueues.Owner, WaitQueues.Slot(slot.Id), member, null, nowUtc ?? Now);
            WaitlistStore.Offer(db, WaitQueues.Serving(slot), WaitQueues.Place(slot.Id), 1, _ => true, nowUtc ?? Now, Hold);
        }, default).GetAwaiter().GetResult();

    public void Waits(Slot slot, string member) =>
        Database.WriteAsync(db => WaitlistStore.Join(db, WaitQueues.Owner, WaitQueues.Slot(slot.Id), member, null, Now), default)
            .GetAwaiter().GetResult();

    public List<BrigadeBot.Features.Booking.Booking> Bookings() =>
        Database.ReadNow(db => BookingStore.Bookings(db).FindAll().ToList());

    public BrigadeBot.Features.Booking.Booking Booking(string id) => Database.ReadNow(db => BookingStore.Bookings(db).FindById(id));

    public Slot Slot(string id) => Database.ReadNow(db => SlotStore.Slots(db).FindById(id));

    public List<WaitlistEntry> Waitlist() => Database.ReadNow(db => WaitlistStore.Entries(db).FindAll().ToList());

    public void Update(BrigadeBot.Features.Booking.Booking booking) =>
        Database.WriteAsync(db => BookingStore.Bookings(db).Update(booking), default).GetAwaiter().GetResult();

    public void Dispose()
    {
        Database.Dispose();
        temp.Dispose();
    }
}
