using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common.Waitlists;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Booking;

/// <summary>Bookings (and the slots they were in) in the inventory, export, erasure and retention.</summary>
public sealed partial class BookingStore : IPersonalDataStore
{
    /// <summary>After the session's end: bookings, the slots they were in, the pseudonym link, and (through them) profiles.</summary>
    public static readonly RetentionKind Retention = new("Bookings", 12);

    // Stryker disable all : the inventory describes the data (docs/privacy.md, checked against it by InventoryTests); it guards nothing
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(Booking), "Organiser l'accompagnement : confirmation, rappels, fiche synthèse.",
        "Le membre et la personne animatrice de la séance ; jamais dans un canal public.",
        "`Privacy:Retention:BookingsMonths` après la séance ; effacé par `oublier`.",
    [
        F("Id", "Identifiant interne.", true), F("SlotId", "Créneau réservé."), F("ThemeSlug", "Thème choisi.", true),
        F("MemberId", "Identifiant Slack du membre.", true), F("AnimatorId", "Identifiant Slack de la personne animatrice."),
        F("StartUtc", "Début de la séance.", true), F("EndUtc", "Fin de la séance.", true),
        F("Status", "Confirmée, annulée ou tenue.", true), F("CreatedAtUtc", "Moment de la réservation.", true),
        F("CancelledAtUtc", "Moment de l'annulation.", true), F("CancelledBy", "Qui a annulé : le membre ou l'animation.", true),
        F("Note", "« Ce que j'aimerais aborder », texte libre facultatif (1 000 caractères au plus).", true),
        F("Reminder24hSentAt", "Rappel de la veille envoyé.", true), F("Reminder1hSentAt", "Rappel d'une heure envoyé.", true),
        F("FollowUpSentAt", "Remerciement et fiche envoyés.", true),
        F("Attendance", "Présence marquée par la personne animatrice : présent·e ou absent·e.", true),
        F("AttendanceMarkedAtUtc", "Moment où la présence a été marquée.", true),
        F("SessionFactId", "Fait statistique anonyme de la séance tenue, retiré si la présence est corrigée en absence."),
        F("CalendarSequence", "Version de l'invitation d'agenda, augmentée à chaque déplacement ou modification.", true),
        F("ChangedAtUtc", "Dernier déplacement ou modification de la séance.", true),
    ], Retention);
    // Stryker restore all

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
                ["calendar_sequence"] = booking.CalendarSequence,
                ["changed_at"] = export.Date(booking.ChangedAtUtc),
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

    /// <summary>
    /// Bookings and slots whose session ended before the cutoff (the anonymous facts stay), then the profiles of members
    /// left without a booking who chose nothing since.
    /// </summary>
    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var cutoff = cutoffs.Before(Retention);
        // A slot's waiting list has no purpose once the slot has started or is gone.
        removed.Add("waitlists", WaitlistStore.CloseWhere(db, WaitQueues.Owner, queue =>
            WaitQueues.SlotOf(queue) is { } slotId && IsOver(SlotStore.Slots(db).FindById(slotId), cutoffs.NowUtc)));
        removed.Add("bookings", Bookings(db).DeleteMany(b => b.EndUtc < cutoff));
        removed.Add("slots", SlotStore.Slots(db).DeleteMany(s => s.EndUtc < cutoff));
        var withBookings = Bookings(db).FindAll().Select(b => b.MemberId).ToHashSet(StringComparer.Ordinal);
        MemberProfileStore.ExpireStale(db, withBookings, cutoff, removed);
    }

    private static bool IsOver(Slot? slot, DateTime nowUtc) => slot is null || slot.Status != SlotStatus.Open || slot.StartUtc <= nowUtc;
}
