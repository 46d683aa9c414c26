using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>The <c>bookings</c> collection. Every check of a booking runs inside one write: the last place goes once.</summary>
public sealed partial class BookingStore(BrigadeDatabase database, SessionFactStore facts) : IStoreSetup
{
    public const string Collection = "bookings";

    // Each slot's bookings not cancelled, as the writer last counted them: a burst books the same slots again and again.
    private readonly WriterMemo<string, int> placesTaken = new(database, Collection);
    // The slots booked, as the writer last read them: no booking changes a slot. Unknown ids are not kept.
    private readonly WriterMemo<string, Slot> slotsBooked = new(database, SlotStore.Collection);
    // Whether the waiting lists were empty when the writer last looked (their usual state): a booking then has no list
    // to leave and no held place to respect. A booking never adds to them; any other write that opens them is seen.
    private readonly WriterMemo<string, bool> waitlistsEmpty = new(database, WaitlistStore.Collection);
    private readonly WriterQuery upcomingOfMember = new(database, "$.MemberId = @0 AND $.EndUtc > @1");

    public void EnsureIndexes(ILiteDatabase db)
    {
        var bookings = Bookings(db);
        bookings.EnsureIndex(b => b.SlotId);
        bookings.EnsureIndex(b => b.MemberId);
        bookings.EnsureIndex(b => b.StartUtc);
    }

    internal static ILiteCollection<Booking> Bookings(ILiteDatabase db) => db.GetCollection<Booking>(Collection);

    public Task<Booking?> FindAsync(string id, CancellationToken ct = default) => database.ReadAsync<Booking?>(db => Bookings(db).FindById(id), ct);

    /// <summary>
    /// Books a place, or moves the member's booking (<see cref="BookingRequest.MovingBookingId"/>) to another slot: the
    /// old place is freed in the same write, only once the new one is taken, and offered to its waiting list. A place
    /// held for someone of a waiting list counts as taken for everyone else.
    /// </summary>
    public Task<BookingOutcome> TryBookAsync(BookingRequest request, BookingRules rules, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var now = rules.NowUtc;
            var known = slotsBooked.Current();
            if (!known.TryGetValue(request.SlotId, out var slot) && SlotStore.Slots(db).FindById(request.SlotId) is { } read)
                known[request.SlotId] = slot = read;
            if (slot is null || slot.Status != SlotStatus.Open) return Refused(BookingRefusal.SlotGone, slot);
            if (!slot.ThemeSlugs.Contains(request.ThemeSlug)) return Refused(BookingRefusal.ThemeNotOffered, slot);
            if (slot.StartUtc <= now) return Refused(BookingRefusal.SlotStarted, slot);
            if (slot.StartUtc < rules.EarliestStartUtc) return Refused(BookingRefusal.TooSoon, slot);
            var bookings = Bookings(db);
            var moving = request.MovingBookingId is { } movingId ? bookings.FindById(movingId) : null;
            if (request.MovingBookingId is not null
                && (moving is null || moving.MemberId != request.MemberId || moving.Status != BookingStatus.Confirmed
                    || moving.StartUtc <= now || moving.SlotId == slot.Id))
                return Refused(BookingRefusal.NotMovable, slot);
            var taken = placesTaken.Current();
            if (!taken.TryGetValue(slot.Id, out var active)) taken[slot.Id] = active = ActiveCount(db, slot.Id);
            var lists = waitlistsEmpty.Current();
            if (!lists.TryGetValue(WaitlistStore.Collection, out var noWaitlists))
                lists[WaitlistStore.Collection] = noWaitlists = WaitlistStore.IsEmpty(db);
            var held = noWaitlists ? 0 : WaitlistStore.Held(db, WaitQueues.Place(slot.Id), request.MemberId, now);
            if (active + held >= slot.Capacity)
                return Refused(BookingRefusal.SlotFull, slot);
            var mine = upcomingOfMember.Find(bookings, request.MemberId, now)
                .Where(b => b.Status == BookingStatus.Confirmed && b.Id != moving?.Id)
                .ToList();
            if (mine.Any(b => b.Overlaps(slot.StartUtc, slot.EndUtc))) return Refused(BookingRefusal.Overlap, slot);
            if (mine.Count >= rules.MaxUpcoming) return new BookingOutcome(null, slot, BookingRefusal.TooMany, rules.MaxUpcoming);
            if (rules.MaxPerAnimatorPerDay is { } perDay)
            {
                var (from, to) = rules.DayOf(slot.StartUtc);
                var animator = slot.AnimatorId;
                var thatDay = bookings.Find(b => b.AnimatorId == animator && b.StartUtc >= from && b.StartUtc < to)
                    .Count(b => b.Status == BookingStatus.Confirmed && b.Id != moving?.Id);
                if (thatDay >= perDay) return new BookingOutcome(null, slot, BookingRefusal.AnimatorDayFull, perDay);
            }

            var released = noWaitlists ? [] : Served(db, request.MemberId, slot, request.ThemeSlug, rules);
            taken[slot.Id] = active + 1;
            if (moving is not null)
            {
                taken.Remove(moving.SlotId);
                var moved = Move(db, moving, slot, rules);
                return moved with { Offers = [.. moved.Offers, .. released] };
            }
            var booking = new Booking
            {
                Id = ObjectId.NewObjectId().ToString(),
                SlotId = slot.Id,
                ThemeSlug = request.ThemeSlug,
                MemberId = request.MemberId,
                AnimatorId = slot.AnimatorId,
                StartUtc = slot.StartUtc,
                EndUtc = slot.EndUtc,
                CreatedAtUtc = now,
                Note = request.Note,
            };
            bookings.Insert(booking);
            if (request.Choices is not null) MemberProfileStore.RecordChoices(db, request.MemberId, request.Choices, now);
            return new BookingOutcome(booking, slot, null) { Offers = released };
        }, ct);

    private static BookingOutcome Move(ILiteDatabase db, Booking booking, Slot to, BookingRules rules)
    {
        var from = SlotStore.Slots(db).FindById(booking.SlotId);
        booking.SlotId = to.Id;
        booking.AnimatorId = to.AnimatorId;
        booking.StartUtc = to.StartUtc;
        booking.EndUtc = to.EndUtc;
        booking.CalendarSequence++;
        booking.ChangedAtUtc = rules.NowUtc;
        booking.Reminder24hSentAt = null;
        booking.Reminder1hSentAt = null;
        Bookings(db).Update(booking);
        var offers = from is null ? [] : OfferFreed(db, from, rules);
        return new BookingOutcome(booking, to, null) { From = from, Offers = offers };
    }

    /// <summary>
    /// Cancels a confirmed booking of <paramref name="memberId"/> and offers its place to the waiting list; no booking
    /// when it is not theirs or not confirmed, or (<see cref="CancelOutcome.TooLate"/>) when the session starts within
    /// <paramref name="notice"/>.
    /// </summary>
    public Task<CancelOutcome> CancelByMemberAsync(string bookingId, string memberId, BookingRules rules, TimeSpan notice,
        CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var bookings = Bookings(db);
            var booking = bookings.FindById(bookingId);
            if (booking is null || booking.MemberId != memberId || booking.Status != BookingStatus.Confirmed
                || booking.StartUtc <= rules.NowUtc) return new CancelOutcome(null, false, []);
            if (booking.StartUtc < rules.NowUtc + notice) return new CancelOutcome(booking, true, []);
            booking.Status = BookingStatus.Cancelled;
            booking.CancelledAtUtc = rules.NowUtc;
            booking.CancelledBy = "member";
            bookings.Update(booking);
            var slot = SlotStore.Slots(db).FindById(booking.SlotId);
            return new CancelOutcome(booking, false, slot is null ? [] : OfferFreed(db, slot, rules));
        }, ct);

    /// <summary>Cancels a coming slot of <paramref name="animatorId"/> and its confirmed bookings; <c>null</c> when not theirs, not open or started.</summary>
    public Task<(Slot Slot, IReadOnlyList<Booking> Cancelled, IReadOnlyList<DroppedWaiter> Waiting)?> CancelSlotAsync(string slotId,
        string animatorId, DateTime nowUtc, CancellationToken ct) =>
        database.WriteAsync<(Slot, IReadOnlyList<Booking>, IReadOnlyList<DroppedWaiter>)?>(db =>
        {
            var slots = SlotStore.Slots(db);
            var slot = slots.FindById(slotId);
            if (slot is null || slot.AnimatorId != animatorId || slot.Status != SlotStatus.Open || slot.StartUtc <= nowUtc) return null;
            var waiting = CloseWaitlist(db, slot);
            slot.Status = SlotStatus.Cancelled;
            slot.CancelledAtUtc = nowUtc;
            slots.Update(slot);
            var bookings = Bookings(db);
            var cancelled = bookings.Find(b => b.SlotId == slotId).Where(b => b.Status == BookingStatus.Confirmed).ToList();
            foreach (var booking in cancelled)
            {
                booking.Status = BookingStatus.Cancelled;
                booking.CancelledAtUtc = nowUtc;
                booking.CancelledBy = "animator";
                bookings.Update(booking);
            }
            return (slot, cancelled, waiting);
        }, ct);

    /// <summary>
    /// Marks a participant of <paramref name="animatorId"/>'s started session present or absent (a later mark corrects an
    /// earlier one); <c>null</c> when the booking is not theirs, cancelled or not started. An absent booking is never held;
    /// a present one stays confirmed until its follow-up claims it. A held session corrected to absent loses its
    /// statistics fact in the same write; an absent one corrected to present after its follow-up gets it back.
    /// </summary>
    public Task<Booking?> MarkAttendanceAsync(string bookingId, string animatorId, Attendance mark, DateTime nowUtc, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var bookings = Bookings(db);
            var booking = bookings.FindById(bookingId);
            if (booking is null || booking.AnimatorId != animatorId || booking.Status == BookingStatus.Cancelled
                || booking.StartUtc > nowUtc) return null;
            var wasHeld = booking.Status == BookingStatus.Held;
            booking.Attendance = mark;
            booking.AttendanceMarkedAtUtc = nowUtc;
            booking.Status = mark == Attendance.Absent ? BookingStatus.Absent
                : booking.FollowUpSentAt is null ? BookingStatus.Confirmed : BookingStatus.Held;
            if (!wasHeld && booking.Status == BookingStatus.Held) RecordHeld(db, booking);
            if (wasHeld && booking.Status != BookingStatus.Held && booking.SessionFactId is { } factId)
            {
                SessionFactStore.Forget(db, factId);
                booking.SessionFactId = null;
            }
            bookings.Update(booking);
            return booking;
        }, ct);

    /// <summary>A member's confirmed bookings that have not ended, soonest first.</summary>
    public Task<IReadOnlyList<Booking>> UpcomingOfAsync(string memberId, DateTime nowUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Booking>>(db => Bookings(db).Find(b => b.MemberId == memberId && b.EndUtc > nowUtc)
            .Where(b => b.Status == BookingStatus.Confirmed)
            .OrderBy(b => b.StartUtc)
            .ToList(), ct);

    /// <summary>
    /// Places taken in each slot as <paramref name="memberId"/> sees them (active bookings and places held for someone
    /// else), and whether the member is already in it.
    /// </summary>
    public Task<IReadOnlyDictionary<string, (int Taken, bool Mine)>> TakenAsync(IReadOnlyCollection<string> slotIds, string memberId,
        DateTime nowUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyDictionary<string, (int, bool)>>(db => slotIds.Distinct().ToDictionary(id => id, id =>
        {
            var members = ActiveDocuments(db, id).Select(d => d[nameof(Booking.MemberId)].AsString).ToList();
            return (members.Count + WaitlistStore.Held(db, WaitQueues.Place(id), memberId, nowUtc), members.Contains(memberId));
        }), ct);

    /// <summary>How many places are taken in each of <paramref name="slotIds"/>, and by whom.</summary>
    public Task<IReadOnlyList<Booking>> ActiveInAsync(IReadOnlyCollection<string> slotIds, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Booking>>(db => slotIds.SelectMany(id => Bookings(db).Find(b => b.SlotId == id))
            .Where(b => b.Status != BookingStatus.Cancelled)
            .ToList(), ct);

    /// <summary>
    /// Participants marked absent at sessions starting in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>). Absences are
    /// not accompaniments: they may leave with the bookings at erasure or retention.
    /// </summary>
    public Task<int> AbsentBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default) =>
        database.ReadAsync(db => Bookings(db).Find(b => b.StartUtc >= fromUtc && b.StartUtc < toUtc).Count(b => b.Status == BookingStatus.Absent), ct);

    /// <summary>
    /// Every confirmed booking, and every held one whose follow-up Slack has not taken yet: what the reminders are
    /// rebuilt from at start.
    /// </summary>
    public Task<IReadOnlyList<Booking>> RemindableAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Booking>>(db => Bookings(db).FindAll()
            .Where(b => b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Held && b.FollowUpSentAt == null).ToList(), ct);

    /// <summary>
    /// Runs <paramref name="claim"/> on the booking, with the other active bookings of its slot, inside one write, and
    /// saves the booking when the claim returns true.
    /// </summary>
    public Task<Booking?> ClaimAsync(string bookingId, Func<Booking, IReadOnlyList<Booking>, bool> claim, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var bookings = Bookings(db);
            var booking = bookings.FindById(bookingId);
            if (booking is null) return null;
            var others = bookings.Find(b => b.SlotId == booking.SlotId)
                .Where(b => b.Id != booking.Id && b.Status != BookingStatus.Cancelled)
                .ToList();
            var wasHeld = booking.Status == BookingStatus.Held;
            if (!claim(booking, others)) return null;
            if (!wasHeld && booking.Status == BookingStatus.Held) RecordHeld(db, booking);
            bookings.Update(booking);
            return booking;
        }, ct);

    /// <summary>The anonymous fact the impact report counts, in the write that marks the booking held (before it is saved).</summary>
    private void RecordHeld(ILiteDatabase db, Booking booking)
    {
        var profile = MemberProfileStore.Profiles(db).FindById(booking.MemberId);
        var category = profile is { CategoryInStatistics: true } ? profile.Category : null;
        var group = SlotStore.Slots(db).FindById(booking.SlotId)?.Capacity > 1;
        booking.SessionFactId = facts.RecordHeld(db, booking.MemberId, booking.ThemeSlug, booking.StartUtc, group, category);
    }

    private static BookingOutcome Refused(BookingRefusal refusal, Slot? slot) => new(null, slot, refusal);
}
