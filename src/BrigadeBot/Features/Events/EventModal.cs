using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Events;

/// <summary>The form of <c>/brigade evenement</c>, and of « Modifier » filled with the conference as stored.</summary>
public static class EventModal
{
    public const int MaxThemes = 100;

    public static ModalView Build(IReadOnlyList<ThemeOptions> themes, ReplyTarget target, BrigadeTimeZone zone, Conference? existing = null)
    {
        var input = EventsIds.Input;
        var local = existing is null ? (DateTimeOffset?)null : zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(existing.StartsAtUtc, DateTimeKind.Utc)));
        var formats = new[]
        {
            new Option(EventsTexts.InPersonOption, nameof(ConferenceFormat.InPerson)),
            new Option(EventsTexts.OnlineOption, nameof(ConferenceFormat.Online)),
            new Option(EventsTexts.BothOption, nameof(ConferenceFormat.Both)),
        };
        var blocks = new List<Block>
        {
            new InputBlock(EventsIds.TitleBlock, EventsTexts.TitleLabel,
                new PlainTextInput(input, existing?.Title, maxLength: EventsTexts.TitleMax)),
            new InputBlock(EventsIds.SpeakersBlock, EventsTexts.SpeakersLabel,
                new PlainTextInput(input, existing?.Speakers, maxLength: EventsTexts.SpeakersMax)),
            new InputBlock(EventsIds.DateBlock, EventsTexts.DateLabel,
                new DatePicker(input, local is { } d ? DateOnly.FromDateTime(d.DateTime) : null)),
            new InputBlock(EventsIds.StartBlock, EventsTexts.StartLabel,
                new TimePicker(input, local is { } t ? TimeOnly.FromDateTime(t.DateTime) : null)),
            new InputBlock(EventsIds.DurationBlock, EventsTexts.DurationLabel,
                new NumberInput(input, initialValue: existing?.DurationMinutes ?? EventsTexts.DefaultDuration, minValue: 15, maxValue: 480),
                EventsTexts.DurationHint),
            new InputBlock(EventsIds.FormatBlock, EventsTexts.FormatLabel,
                new RadioButtons(input, formats, existing is null ? null : formats.Single(f => f.Value == existing.Format.ToString()))),
            new InputBlock(EventsIds.PlaceBlock, EventsTexts.PlaceLabel,
                new PlainTextInput(input, existing?.Place, maxLength: EventsTexts.PlaceMax), EventsTexts.PlaceHint, optional: true),
            new InputBlock(EventsIds.LinkBlock, EventsTexts.LinkLabel, new UrlTextInput(input, existing?.Link), EventsTexts.LinkHint, optional: true),
            new InputBlock(EventsIds.CapacityBlock, EventsTexts.CapacityLabel,
                new NumberInput(input, initialValue: existing?.Capacity, minValue: 1, maxValue: EventsTexts.MaxCapacity),
                EventsTexts.CapacityHint, optional: true),
        };
        if (themes.Count > 0)
        {
            var options = themes.Take(MaxThemes).Select(t => new Option(MemberText.OneLine(t.Name, 75), t.Slug)).ToList();
            blocks.Add(new InputBlock(EventsIds.ThemeBlock, EventsTexts.ThemeLabel,
                new StaticSelect(input, options, options.FirstOrDefault(o => o.Value == existing?.ThemeSlug)), optional: true));
        }
        blocks.Add(new InputBlock(EventsIds.DescriptionBlock, EventsTexts.DescriptionLabel,
            new PlainTextInput(input, existing?.Description, multiline: true, maxLength: EventsTexts.DescriptionMax)));
        return existing is null
            ? new ModalView(EventsTexts.ModalTitle, blocks, EventsTexts.ModalSubmit, CommonTexts.Cancel, EventsIds.CreateModal, target.ToMetadata())
            : new ModalView(EventsTexts.EditTitle, blocks, EventsTexts.EditSubmit, CommonTexts.Cancel, EventsIds.EditModal,
                (target with { Id = existing.Id }).ToMetadata());
    }

    public static EventForm Read(ViewPayload view)
    {
        string? Text(string block) => view.State.Text(block, EventsIds.Input);
        return new EventForm(Text(EventsIds.TitleBlock), Text(EventsIds.SpeakersBlock), Text(EventsIds.DateBlock), Text(EventsIds.StartBlock),
            Text(EventsIds.DurationBlock), Text(EventsIds.FormatBlock), Text(EventsIds.PlaceBlock), Text(EventsIds.LinkBlock),
            Text(EventsIds.CapacityBlock), Text(EventsIds.ThemeBlock), Text(EventsIds.DescriptionBlock));
    }
}
