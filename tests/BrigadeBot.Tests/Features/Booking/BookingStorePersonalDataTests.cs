using System.Text.Json.Nodes;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using static BrigadeBot.Tests.Features.Booking.StoreUnderTest;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The bookings' part of an export, an erasure and the retention, read straight from the store's write.</summary>
public sealed class BookingStorePersonalDataTests : IDisposable
{
    private readonly StoreUnderTest store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Erasure_removes_every_booking_of_the_member_and_only_theirs_and_counts_the_coming_ones()
    {
        await store.BookedAsync(store.AddSlot(2));
        var group = await store.BookedAsync(store.AddSlot(24, capacity: 2));
        var startingNow = await store.BookedAsync(store.AddSlot(72));
        var cancelled = await store.BookedAsync(store.AddSlot(96));
        await store.Store.CancelByMemberAsync(cancelled.Id, Member, Rules(), TimeSpan.Zero, default);
        var others = await store.BookedAsync(store.Slot(group.SlotId), Member2);

        // Erased as the third session starts: nothing confirmed is still to come (the last one was cancelled).
        var erasure = new Erasure(Member, "tomb-1", startingNow.StartUtc);
        await store.Database.WriteAsync(db => store.Store.Erase(db, Member, erasure), default);

        Assert.Equal([others.Id], store.Bookings().Select(b => b.Id));
        Assert.Equal(4, erasure.Removed["bookings"]);
        Assert.Equal(0, erasure.Removed["coming-bookings-cancelled"]);
        Assert.Equal(["erasure: booking reminders"], erasure.AfterCommit.Select(w => w.Name));
    }

    [Fact]
    public async Task Erasure_before_coming_sessions_tells_their_animators_afterwards()
    {
        await store.BookedAsync(store.AddSlot(24));
        await store.BookedAsync(store.AddSlot(48));
        await store.BookedAsync(store.AddSlot(72), Member2);

        var erasure = new Erasure(Member, "tomb-1", Now);
        await store.Database.WriteAsync(db => store.Store.Erase(db, Member, erasure), default);

        Assert.Equal((2, 2), (erasure.Removed["bookings"], erasure.Removed["coming-bookings-cancelled"]));
        Assert.Equal(["erasure: booking reminders", "erasure: tell animators"], erasure.AfterCommit.Select(w => w.Name));
        Assert.Single(store.Bookings());
    }

    [Fact]
    public async Task Once_the_erasure_is_committed_no_reminder_of_the_erased_bookings_is_left_scheduled()
    {
        var ids = new[] { (await store.BookedAsync(store.AddSlot(24))).Id, (await store.BookedAsync(store.AddSlot(48))).Id };
        var erasure = new Erasure(Member, "tomb-1", Now);
        await store.Database.WriteAsync(db => store.Store.Erase(db, Member, erasure), default);
        var scheduler = new UnscheduleRecorder();
        // Unscheduling needs only the scheduler; the notifier and the retries are never reached.
        await using var services = new ServiceCollection()
            .AddSingleton(new BookingReminders(store.Store, scheduler, TimeProvider.System, null!, null!, NullLogger<BookingReminders>.Instance))
            .BuildServiceProvider();

        await erasure.AfterCommit.Single(work => work.Name == "erasure: booking reminders").Work(services, default);

        var expected = ids.SelectMany(id => Enum.GetValues<ReminderKind>().Select(kind => BookingReminders.Key(id, kind)));
        Assert.Equal(expected.Order(), scheduler.Unscheduled.Order());
    }

    [Fact]
    public async Task The_export_holds_each_booking_of_the_member_soonest_first_and_nothing_about_others()
    {
        var later = await store.BookedAsync(store.AddSlot(48));
        var sooner = await store.BookedAsync(store.AddSlot(24));
        await store.BookedAsync(store.AddSlot(72), Member2);
        await store.Store.CancelByMemberAsync(later.Id, Member, Rules(), TimeSpan.Zero, default);

        var zone = new BrigadeTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"), TimeProvider.System);
        var export = new MemberExport(Member, zone);
        store.Database.ReadNow(db => { store.Store.Export(db, Member, export); return true; });

        var bookings = Assert.IsType<JsonArray>(export.Root["bookings"]);
        Assert.Equal([sooner.Id, later.Id], bookings.Select(b => b!["id"]!.GetValue<string>()));
        var cancelled = bookings[1]!.AsObject();
        Assert.Equal(
            new[] { "id", "theme", "start", "end", "status", "created_at", "cancelled_at", "cancelled_by", "note", "reminder_24h_sent_at",
                "reminder_1h_sent_at", "follow_up_sent_at", "calendar_sequence", "changed_at" },
            cancelled.Select(p => p.Key));
        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Equal("member", cancelled["cancelled_by"]!.GetValue<string>());
        Assert.Equal(Theme, cancelled["theme"]!.GetValue<string>());
        Assert.Equal("2026-12-02T09:00:00-05:00", cancelled["start"]!.GetValue<string>());
        Assert.Equal("2026-12-02T10:00:00-05:00", cancelled["end"]!.GetValue<string>());
        Assert.Equal("2026-11-30T09:00:00-05:00", cancelled["cancelled_at"]!.GetValue<string>());
        Assert.DoesNotContain(Animator, export.Root.ToJsonString());
        Assert.DoesNotContain(Member2, export.Root.ToJsonString());
    }

    [Fact]
    public async Task Retention_removes_what_ended_before_the_cutoff_and_the_profiles_left_without_a_booking()
    {
        var old = store.AddSlot(2);
        await store.BookedAsync(old, Member2);
        var edge = store.AddSlot(4);
        await store.Store.TryBookAsync(new BookingRequest(Member3, edge.Id, Theme, null, new ProfileChoices("v1", "aine", false)), Rules(), default);
        await store.Store.TryBookAsync(new BookingRequest(Member2, store.AddSlot(0.5).Id, Theme, null, new ProfileChoices("v1", "aine", false)), Rules(), default);
        var open = store.AddSlot(24 * 400);
        store.Waits(open, Member);
        store.Waits(old, Member);
        await store.Database.WriteAsync(db => WaitlistStore.Join(db, WaitQueues.Owner, WaitQueues.Theme(Theme), Member, null, Now), default);

        Assert.Equal("BookingsMonths", BookingStore.Retention.Setting);
        // A year after the end of the slot in 3 hours: it is exactly at the cutoff, and stays.
        var now = edge.EndUtc.AddMonths(BookingStore.Retention.DefaultMonths);
        var startingNow = store.AddSlot((now - Now).TotalHours);
        var cancelled = store.AddSlot(24 * 400);
        var vanished = store.AddSlot(24 * 400);
        foreach (var slot in new[] { startingNow, cancelled, vanished }) store.Waits(slot, Member2);
        await store.Store.CancelSlotAsync(cancelled.Id, Animator, Now, default);
        store.Waits(cancelled, Member2);
        await store.Database.WriteAsync(db => SlotStore.Slots(db).Delete(vanished.Id), default);
        var removed = new RetentionCounts();
        await store.Database.WriteAsync(db => store.Store.Expire(db, new RetentionCutoffs(now, kind => kind.DefaultMonths), removed), default);

        Assert.Equal((2, 2, 4), (removed["bookings"], removed["slots"], removed["waitlists"]));
        Assert.Equal([Member3], store.Bookings().Select(b => b.MemberId));
        Assert.Null(store.Slot(old.Id));
        Assert.NotNull(store.Slot(edge.Id));
        Assert.Equal([WaitQueues.Slot(open.Id), WaitQueues.Theme(Theme)], store.Waitlist().Select(e => e.Queue).Order());
        Assert.Equal(1, removed["profiles"]);
        Assert.Null(store.Database.ReadNow(db => MemberProfileStore.Profiles(db).FindById(Member2)));
        Assert.NotNull(store.Database.ReadNow(db => MemberProfileStore.Profiles(db).FindById(Member3)));
    }

    private sealed class UnscheduleRecorder : IBrigadeScheduler
    {
        public List<JobKey> Unscheduled { get; } = [];
        public bool IsRunning => true;

        public Task<bool> UnscheduleAsync(JobKey key, CancellationToken ct)
        {
            Unscheduled.Add(key);
            return Task.FromResult(true);
        }

        public Task ScheduleOnceAsync<TJob>(JobKey key, DateTimeOffset fireAtUtc, JobDataMap? data, CancellationToken ct) where TJob : IJob =>
            throw new NotSupportedException();

        public Task ScheduleCronAsync<TJob>(JobKey key, string cronExpression, JobDataMap? data, CancellationToken ct) where TJob : IJob =>
            throw new NotSupportedException();

        public Task ScheduleEveryAsync<TJob>(JobKey key, DateTimeOffset firstAtUtc, TimeSpan interval, JobDataMap? data, CancellationToken ct)
            where TJob : IJob => throw new NotSupportedException();

        public Task<DateTimeOffset?> NextFireTimeAsync(JobKey key, CancellationToken ct) => throw new NotSupportedException();
    }
}
