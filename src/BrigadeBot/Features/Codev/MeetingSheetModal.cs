using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Features.Codev;

/// <summary>After a meeting is closed: the knowledge sheet that came out of it, added to the sheet catalogue.</summary>
public static class MeetingSheetModal
{
    /// <summary>What the animator entered; title and summary fall back to the meeting's topic.</summary>
    public sealed record Entry(string? Url, string? ThemeSlug, string? Title, string? Summary);

    public static ModalView Build(string when, string topic, IReadOnlyList<ThemeOptions> themes, ReplyTarget target) =>
        new(MeetingTexts.SheetTitle,
        [
            SectionBlock.Markdown(MeetingTexts.SheetIntro(when, topic)),
            new InputBlock(CodevIds.SheetBlock, MeetingTexts.SheetLabel,
                new UrlTextInput(CodevIds.Input, placeholder: MeetingTexts.SheetPlaceholder)),
            new InputBlock(CodevIds.SheetThemeBlock, MeetingTexts.SheetThemeLabel,
                new StaticSelect(CodevIds.Input, themes.Take(100).Select(t => new Option(MemberText.OneLine(t.Name, 75), t.Slug)),
                    placeholder: MeetingTexts.SheetThemePlaceholder)),
            new InputBlock(CodevIds.SheetTitleBlock, MeetingTexts.SheetTitleLabel,
                new PlainTextInput(CodevIds.Input, MemberText.OneLine(topic, SheetLimits.TitleMax), maxLength: SheetLimits.TitleMax),
                optional: true),
            new InputBlock(CodevIds.SheetSummaryBlock, MeetingTexts.SheetSummaryLabel,
                new PlainTextInput(CodevIds.Input, MemberText.OneLine(topic, SheetLimits.SummaryMax), multiline: true,
                    maxLength: SheetLimits.SummaryMax), MeetingTexts.SheetSummaryHint, optional: true),
        ], submit: MeetingTexts.SheetSubmit, close: Common.CommonTexts.Close, callbackId: CodevIds.SheetModal,
            privateMetadata: target.ToMetadata());

    public static Entry Read(ViewPayload view) => new(
        view.State.Text(CodevIds.SheetBlock, CodevIds.Input),
        view.State.Text(CodevIds.SheetThemeBlock, CodevIds.Input),
        view.State.Text(CodevIds.SheetTitleBlock, CodevIds.Input),
        view.State.Text(CodevIds.SheetSummaryBlock, CodevIds.Input));
}
