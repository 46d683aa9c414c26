using System.Text.Json;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// <c>/brigade reserver</c>'s modal. The theme select dispatches its choice (the modal is then rebuilt with that
/// theme's slots); the slot select lists, soonest first, at most 100 open slots with room.
/// </summary>
public static class BookingModal
{
    private sealed record Metadata(string Slot, string? Notice);

    public static ModalView Build(IReadOnlyList<ThemeOptions> themes, ThemeOptions? theme, IReadOnlyList<SlotChoice> slots,
        bool showNotice, string zoneName)
    {
        var id = BookingIds.Value;
        var themeOptions = themes.Take(100).Select(t => new Option(MemberText.Cut(t.Name, 75), t.Slug)).ToList();
        var initial = theme is null ? null : themeOptions.FirstOrDefault(o => o.Value == theme.Slug);
        var slotBlock = BookingIds.SlotChoice(theme?.Slug);
        var blocks = new List<Block>
        {
            new InputBlock(BookingIds.Theme, BookingTexts.ThemeLabel,
                new StaticSelect(BookingIds.Theme, themeOptions, initial, BookingTexts.ThemePlaceholder), dispatchAction: true),
        };
        if (slots.Count > 0)
        {
            var options = slots.Take(100)
                .Select(s => new Option(MemberText.Cut(BookingTexts.SlotOption(s.When, s.Free, s.Capacity), 75), s.SlotId));
            blocks.Add(new InputBlock(slotBlock, BookingTexts.SlotLabel, new StaticSelect(id, options, placeholder: BookingTexts.SlotPlaceholder),
                BookingTexts.SlotHint(zoneName)));
        }
        else
        {
            blocks.Add(SectionBlock.Markdown(BookingTexts.NoSlotForThemeInModal(Mrkdwn.Escape(theme?.Name ?? ""))));
            blocks.Add(new ActionsBlock([new Button(BookingIds.SlotAlert, BookingMessageTexts.AlertButton, "modal")]));
        }
        blocks.Add(new InputBlock(BookingIds.Note, BookingTexts.NoteLabel,
            new PlainTextInput(id, multiline: true, maxLength: 1000, placeholder: BookingTexts.NotePlaceholder), BookingTexts.NoteHint,
            optional: true));
        if (showNotice)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(SectionBlock.Markdown(BookingTexts.Notice));
            blocks.Add(new InputBlock(BookingIds.Category, BookingTexts.CategoryLabel,
                new RadioButtons(id, MemberCategories.All.Select(c => new Option(c.Label, c.Value))), optional: true));
            blocks.Add(new InputBlock(BookingIds.Consent, BookingTexts.ConsentLabel,
                new Checkboxes(id, [new Option(BookingTexts.ConsentOption, BookingIds.ConsentGranted, BookingTexts.ConsentDescription)]),
                optional: true));
            // A separate, unticked consent: the survey is its own purpose, refusing it changes nothing else.
            var survey = ConsentPurposes.Find(ConsentPurposes.Survey)!;
            blocks.Add(new InputBlock(BookingIds.SurveyConsent, survey.Title,
                new Checkboxes(id, [new Option(survey.Option, BookingIds.SurveyGranted, survey.Description)]), optional: true));
        }
        var metadata = JsonSerializer.Serialize(new Metadata(slotBlock, showNotice ? BookingTexts.NoticeVersion : null));
        return new ModalView(BookingTexts.BookingModalTitle, blocks, BookingTexts.Book, Common.CommonTexts.Cancel,
            BookingIds.BookingModal, metadata);
    }

    public static BookingForm Read(ViewPayload view)
    {
        var state = view.State;
        var id = BookingIds.Value;
        var metadata = ReadMetadata(view.PrivateMetadata);
        // The slot block's id follows the theme; take the one that carries a choice, else the one the modal showed.
        var candidates = new[] { metadata?.Slot }
            .Concat(state.Values.Keys)
            .OfType<string>()
            .Where(k => k.StartsWith(BookingIds.SlotChoicePrefix, StringComparison.Ordinal))
            .ToList();
        var slotBlock = candidates.FirstOrDefault(k => state.Text(k, id) is not null)
            ?? candidates.FirstOrDefault()
            ?? BookingIds.SlotChoicePrefix;
        var category = state.Text(BookingIds.Category, id);
        return new BookingForm(
            state.Text(BookingIds.Theme, BookingIds.Theme),
            state.Text(slotBlock, id),
            state.Get(BookingIds.Note, id)?.Value is { } note && !string.IsNullOrWhiteSpace(note) ? note.Trim() : null,
            MemberCategories.IsKnown(category) ? category : null,
            state.SelectedValues(BookingIds.Consent, id).Contains(BookingIds.ConsentGranted),
            metadata?.Notice,
            slotBlock,
            state.SelectedValues(BookingIds.SurveyConsent, id).Contains(BookingIds.SurveyGranted));
    }

    private static Metadata? ReadMetadata(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<Metadata>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
