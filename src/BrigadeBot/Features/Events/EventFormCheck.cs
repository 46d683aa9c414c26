using System.Globalization;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Events;

/// <summary>Checks each field of the conference form: the draft, or a French error under each field that is wrong.</summary>
public sealed class EventFormCheck(BrigadeTimeZone zone, TimeProvider time, ThemeCatalog themes)
{
    public (EventDraft? Draft, Dictionary<string, string> Errors) Check(EventForm form)
    {
        var errors = new Dictionary<string, string>();
        var title = Required(form.Title, EventsIds.TitleBlock, EventsTexts.TitleMax, EventsTexts.TitleMissing, EventsTexts.TitleTooLong, errors);
        var speakers = Required(form.Speakers, EventsIds.SpeakersBlock, EventsTexts.SpeakersMax, EventsTexts.SpeakersMissing,
            EventsTexts.SpeakersTooLong, errors);
        var description = Required(form.Description, EventsIds.DescriptionBlock, EventsTexts.DescriptionMax, EventsTexts.DescriptionMissing,
            EventsTexts.DescriptionTooLong, errors);

        var date = DateOnly.TryParseExact(form.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var start = TimeOnly.TryParseExact(form.Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
        if (date is null) errors[EventsIds.DateBlock] = EventsTexts.DateMissing;
        if (start is null) errors[EventsIds.StartBlock] = EventsTexts.StartMissing;
        DateTimeOffset? startsAt = date is { } day && start is { } hour ? zone.ToUtc(day, hour) : null;
        if (startsAt <= time.GetUtcNow()) errors[EventsIds.DateBlock] = EventsTexts.DateInPast;

        var duration = Whole(form.Duration, EventDraft.MinDurationMinutes, EventDraft.MaxDurationMinutes);
        if (duration is null) errors[EventsIds.DurationBlock] = EventsTexts.DurationInvalid;
        var format = Enum.TryParse<ConferenceFormat>(form.Format, out var f) && Enum.IsDefined(f) ? f : (ConferenceFormat?)null;
        if (format is null) errors[EventsIds.FormatBlock] = EventsTexts.FormatMissing;

        var place = form.Place?.Trim();
        if (format is ConferenceFormat.InPerson or ConferenceFormat.Both && string.IsNullOrEmpty(place))
            errors[EventsIds.PlaceBlock] = EventsTexts.PlaceMissing;
        else if (place?.Length > EventsTexts.PlaceMax) errors[EventsIds.PlaceBlock] = EventsTexts.PlaceTooLong;
        var link = form.Link?.Trim();
        if (format is ConferenceFormat.Online or ConferenceFormat.Both && string.IsNullOrEmpty(link))
            errors[EventsIds.LinkBlock] = EventsTexts.LinkMissing;
        else if (!string.IsNullOrEmpty(link) && !Mrkdwn.IsSafeLinkUrl(link)) errors[EventsIds.LinkBlock] = EventsTexts.LinkInvalid;

        int? capacity = null;
        if (form.Capacity is not null && (capacity = Whole(form.Capacity, 1, EventsTexts.MaxCapacity)) is null)
            errors[EventsIds.CapacityBlock] = EventsTexts.CapacityInvalid;
        var theme = form.Theme;
        if (theme is not null && themes.BySlug(theme) is null) errors[EventsIds.ThemeBlock] = EventsTexts.ThemeUnknown;

        if (errors.Count > 0) return (null, errors);
        // A place or link that the format does not use is not kept: the announcement shows what the format says.
        return (new EventDraft(title!, speakers!, startsAt!.Value.UtcDateTime, duration!.Value, format!.Value,
            format == ConferenceFormat.Online ? null : place, format == ConferenceFormat.InPerson ? null : link,
            capacity, theme, description!), errors);
    }

    private static string? Required(string? typed, string block, int max, string missing, string tooLong, Dictionary<string, string> errors)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text)) errors[block] = missing;
        else if (text.Length > max) errors[block] = tooLong;
        return text;
    }

    private static int? Whole(string? text, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
