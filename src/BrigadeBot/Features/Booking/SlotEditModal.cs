using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// « Modifier » in the agenda: the slot's date, start, duration, places and link, filled with what it has now. The
/// blocks are the publication modal's, so <see cref="SlotModal.Read"/> reads it; the private metadata names the slot.
/// </summary>
public static class SlotEditModal
{
    public static ModalView Build(Slot slot, BrigadeTimeZone zone, string zoneName)
    {
        var id = BookingIds.Value;
        var start = zone.ToLocal(SessionDisplay.AsUtc(slot.StartUtc)).DateTime;
        var blocks = new List<Block>
        {
            new InputBlock(BookingIds.SlotDate, BookingTexts.DateLabel, new DatePicker(id, DateOnly.FromDateTime(start))),
            new InputBlock(BookingIds.SlotStart, BookingTexts.StartLabel, new TimePicker(id, TimeOnly.FromDateTime(start)), BookingTexts.StartHint(zoneName)),
            new InputBlock(BookingIds.SlotDuration, BookingTexts.DurationLabel,
                new NumberInput(id, initialValue: (int)(slot.EndUtc - slot.StartUtc).TotalMinutes, minValue: 15, maxValue: 480)),
            new InputBlock(BookingIds.SlotCapacity, BookingTexts.CapacityLabel, new NumberInput(id, initialValue: slot.Capacity, minValue: 1, maxValue: 50)),
            new InputBlock(BookingIds.SlotLink, BookingTexts.LinkLabel, new UrlTextInput(id, Mrkdwn.IsSafeLinkUrl(slot.VideoLink) ? slot.VideoLink : null,
                placeholder: "https://")),
        };
        return new ModalView(BookingTexts.EditSlotModalTitle, blocks, BookingTexts.Save, CommonTexts.Cancel, BookingIds.SlotEditModal, slot.Id);
    }
}
