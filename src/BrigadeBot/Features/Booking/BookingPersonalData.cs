using System.Text.Json.Nodes;
using BrigadeBot.Features.Privacy;
using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>Bookings (and the slots they were in) in export, erasure and retention.</summary>
public sealed partial class BookingStore : IPersonalDataStore
{
    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        // The animator and the slot are left out: the export holds nothing about anyone else.
        foreach (var booking in Bookings(db).Find(b => b.MemberId == memberId).OrderBy(b => b.StartUtc))
            export.Add("bookings", new JsonObject
            {
                ["id"] = booking.Id,
                ["theme"] = booking.ThemeSlug,
                ["start"] = export.Date(booking.StartUtc),
                ["end"] = export.Date(booking.EndUtc),
                ["status"] = booking.Status.ToString().ToLowerInvariant(),
                ["created_at"] = export.Date(booking.CreatedAtUtc),
                ["cancelled_at"] = export.Date(booking.CancelledAtUtc),
                ["cancelled_by"] = booking.CancelledBy,
                ["note"] = booking.Note,
                ["reminder_24h_sent_at"] = export.Date(booking.Reminder24hSentAt),
                ["reminder_1h_sent_at"] = export.Date(booking.Reminder1hSentAt),
                ["follow_up_sent_at"] = export.Date(booking.FollowUpSentAt),
            });
    }

    /// <summary>Deletes every booking of the member; coming ones lose their reminders and their animator is told.</summary>
    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var bookings = Bookings(db);
        var mine = bookings.Find(b => b.MemberId == memberId).ToList();
        var coming = mine.Where(b => b.Status == BookingStatus.Confirmed && b.StartUtc > erasure.NowUtc).ToList();
        foreach (var booking in mine) bookings.Delete(booking.Id);
        erasure.Removed.Add("bookings", mine.Count);
        erasure.Removed.Add("coming-bookings-cancelled", coming.Count);
        var ids = mine.Select(b => b.Id).ToList();
        erasure.Then("erasure: booking reminders", async (services, ct) =>
        {
            var reminders = services.GetRequiredService<BookingReminders>();
            foreach (var id in ids) await reminders.UnscheduleAsync(id, ct);
        });
        if (coming.Count > 0)
            erasure.Then("erasure: tell animators", async (services, ct) =>
            {
                var notifier = services.GetRequiredService<BookingNotifier>();
                foreach (var booking in coming) await notifier.ErasedBookingAsync(booking, ct);
            });
    }

    /// <summary>Bookings and slots whose session ended before the cutoff: the anonymous facts stay.</summary>
    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var cutoff = cutoffs.BookingsBeforeUtc;
        removed.Add("bookings", Bookings(db).DeleteMany(b => b.EndUtc < cutoff));
        removed.Add("slots", SlotStore.Slots(db).DeleteMany(s => s.EndUtc < cutoff));
    }
}
