using BrigadeBot.Features.Common.Calendars;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// An animator's slots in their calendar subscription: one event per slot (a group session is one event), its themes,
/// how many places are taken and the video link; never who booked nor their notes (the feed lives outside Slack).
/// </summary>
public sealed class BookingAnimatorCalendar(SlotStore slots, BookingStore bookings, SessionDisplay display) : IAnimatorCalendarSource
{
    public async Task<IReadOnlyList<CalendarEntry>> ComingForAnimatorAsync(string animatorId, DateTime fromUtc, CancellationToken ct)
    {
        var coming = await slots.UpcomingOfAsync(animatorId, fromUtc, ct);
        var taken = await bookings.ActiveInAsync(coming.Select(s => s.Id).ToList(), ct);
        return coming.Select(slot => Entry(slot, taken.Where(b => b.SlotId == slot.Id).ToList())).ToList();
    }

    private CalendarEntry Entry(Slot slot, IReadOnlyList<Booking> participants)
    {
        var themes = (participants.Count > 0 ? participants.Select(b => b.ThemeSlug) : slot.ThemeSlugs).Distinct().ToList();
        var title = themes.Count is 0 or > 3 ? BookingMessageTexts.IcsSeveralThemes : string.Join(", ", themes.Select(display.ThemeName));
        return new CalendarEntry(
            CalendarEntry.UidOf("slot", slot.Id),
            BookingMessageTexts.IcsTitle(title),
            $"{BookingTexts.Places(participants.Count, slot.Capacity)}\n{slot.VideoLink}",
            slot.VideoLink,
            slot.StartUtc,
            slot.EndUtc,
            slot.CreatedAtUtc,
            Url: Uri.TryCreate(slot.VideoLink, UriKind.Absolute, out var url) ? url : null);
    }
}
