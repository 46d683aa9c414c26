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
    internal sealed record Metadata(string Slot, string? Notice, string? Moving = null, string? Theme = null);

    public static ModalView Build(BookingModalContent content)
    {
        var (theme, slots) = (content.Theme, content.Slots);
        var moving = content.MovingBookingId is not null;
        var id = BookingIds.Value;
        var slotBlock = BookingIds.SlotChoice(theme?.Slug);
        var blocks = new List<Block>();
        if (moving && theme is not null)
            blocks.Add(SectionBlock.Markdown(BookingTexts.MovingTheme(Mrkdwn.Escape(theme.Name))));
        else
        {
            var themeOptions = content.Themes.Take(100).Select(t => new Option(MemberText.Cut(t.Name, 75), t.Slug)).ToList();
            var initial = theme is null ? null : themeOptions.FirstOrDefault(o => o.Value == theme.Slug);
            blocks.Add(new InputBlock(BookingIds.Theme, BookingTexts.ThemeLabel,
                new StaticSelect(BookingIds.Theme, themeOptions, initial, BookingTexts.ThemePlaceholder), dispatchAction: true));
        }
        if (slots.Count > 0)
        {
            // Select options are plain text, where a mention cannot show a name: several animators get a letter, named below.
            var animators = slots.Take(100).Select(s => s.AnimatorId).Distinct().ToList();
            string Who(SlotChoice s) => animators.Count > 1 ? BookingTexts.WithAnimator(Letter(animators.IndexOf(s.AnimatorId))) : "";
            var options = slots.Take(100)
                .Select(s => new Option(MemberText.Cut(BookingTexts.SlotOption(s.When, s.Free, s.Capacity) + Who(s), 75), s.SlotId)).ToList();
            var preferred = options.FirstOrDefault(o => o.Value == content.PreferredSlotId);
            blocks.Add(new InputBlock(slotBlock, BookingTexts.SlotLabel, new StaticSelect(id, options, preferred, BookingTexts.SlotPlaceholder),
                BookingTexts.SlotHint(content.ZoneName)));
            if (animators.Count > 1)
                blocks.Add(ContextBlock.Markdown(MemberText.Cut(BookingTexts.AnimatorLegend(
                    animators.Take(26).Select((a, i) => (Letter(i), Mrkdwn.User(a))).ToList()), 2900)));
        }
        else
        {
            blocks.Add(SectionBlock.Markdown(BookingTexts.NoSlotForThemeInModal(Mrkdwn.Escape(theme?.Name ?? ""))));
            var buttons = new List<BlockElement> { new Button(BookingIds.SlotAlert, BookingMessageTexts.AlertButton, "modal") };
            if (theme is not null && !moving) buttons.Add(new Button(BookingIds.WaitTheme, BookingTexts.WaitThemeButton, theme.Slug));
            blocks.Add(new ActionsBlock(buttons));
        }
        if (theme is not null && !moving && content.Full.Count > 0)
            blocks.Add(new ActionsBlock([new StaticSelect(BookingIds.WaitSlot,
                content.Full.Take(100).Select(s => new Option(MemberText.Cut(s.When, 75), $"{s.SlotId} {theme.Slug}")),
                placeholder: BookingTexts.WaitSlotPlaceholder)], BookingIds.WaitSlot));
        if (!moving)
            blocks.Add(new InputBlock(BookingIds.Note, BookingTexts.NoteLabel,
                new PlainTextInput(id, multiline: true, maxLength: 1000, placeholder: BookingTexts.NotePlaceholder), BookingTexts.NoteHint,
                optional: true));
        var showNotice = content.ShowNotice && !moving;
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
        var metadata = JsonSerializer.Serialize(new Metadata(slotBlock, showNotice ? BookingTexts.NoticeVersion : null,
            content.MovingBookingId, moving ? theme?.Slug : null), BookingModalJson.Default.Metadata);
        return new ModalView(moving ? BookingTexts.MoveModalTitle : BookingTexts.BookingModalTitle, blocks,
            moving ? BookingTexts.Move : BookingTexts.Book, Common.CommonTexts.Cancel, BookingIds.BookingModal, metadata);
    }

    private static string Letter(int index) => ((char)('A' + index % 26)).ToString();

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
            state.Text(BookingIds.Theme, BookingIds.Theme) ?? metadata?.Theme,
            state.Text(slotBlock, id),
            state.Get(BookingIds.Note, id)?.Value is { } note && !string.IsNullOrWhiteSpace(note) ? note.Trim() : null,
            MemberCategories.IsKnown(category) ? category : null,
            state.SelectedValues(BookingIds.Consent, id).Contains(BookingIds.ConsentGranted),
            metadata?.Notice,
            slotBlock,
            state.SelectedValues(BookingIds.SurveyConsent, id).Contains(BookingIds.SurveyGranted),
            metadata?.Moving);
    }

    private static Metadata? ReadMetadata(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize(json, BookingModalJson.Default.Metadata);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
