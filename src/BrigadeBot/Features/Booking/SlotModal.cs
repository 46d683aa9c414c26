using BrigadeBot.Features.Common;
using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Booking;

/// <summary><c>/brigade dispo</c>'s modal: date, start, duration, weekly repetition, places, video link, themes.</summary>
public static class SlotModal
{
    public static ModalView Build(IReadOnlyList<ThemeOptions> themes, DateOnly today, string zoneName, int maxRepeatWeeks)
    {
        var id = BookingIds.Value;
        var blocks = new List<Block>
        {
            new InputBlock(BookingIds.SlotDate, BookingTexts.DateLabel, new DatePicker(id, today)),
            new InputBlock(BookingIds.SlotStart, BookingTexts.StartLabel, new TimePicker(id, new TimeOnly(10, 0)), BookingTexts.StartHint(zoneName)),
            new InputBlock(BookingIds.SlotDuration, BookingTexts.DurationLabel, new NumberInput(id, initialValue: 60, minValue: 15, maxValue: 480)),
            new InputBlock(BookingIds.SlotRepeat, BookingTexts.RepeatLabel, new NumberInput(id, initialValue: 0, minValue: 0, maxValue: maxRepeatWeeks)),
            new InputBlock(BookingIds.SlotCapacity, BookingTexts.CapacityLabel, new NumberInput(id, initialValue: 1, minValue: 1, maxValue: 50)),
            new InputBlock(BookingIds.SlotLink, BookingTexts.LinkLabel, new UrlTextInput(id, placeholder: "https://")),
        };
        var options = themes.Take(100).Select(t => new Option(MemberText.Cut(t.Name, 75), t.Slug)).ToList();
        if (options.Count > 0)
            blocks.Add(new InputBlock(BookingIds.SlotThemes, BookingTexts.ThemesLabel, new MultiStaticSelect(id, options),
                BookingTexts.ThemesHint, optional: true));
        return new ModalView(BookingTexts.SlotModalTitle, blocks, BookingTexts.Publish, Common.CommonTexts.Cancel, BookingIds.SlotModal);
    }

    public static SlotForm Read(ViewPayload view)
    {
        var state = view.State;
        var id = BookingIds.Value;
        return new SlotForm(
            DateOnly.TryParseExact(state.Text(BookingIds.SlotDate, id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            TimeOnly.TryParseExact(state.Text(BookingIds.SlotStart, id), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
            Number(state.Text(BookingIds.SlotDuration, id)),
            Number(state.Text(BookingIds.SlotRepeat, id)) ?? 0,
            Number(state.Text(BookingIds.SlotCapacity, id)),
            state.Text(BookingIds.SlotLink, id),
            state.SelectedValues(BookingIds.SlotThemes, id));
    }

    private static int? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n)
            && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;
}
