using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Codev;

/// <summary>After a meeting is closed: the link of the knowledge sheet that came out of it.</summary>
public static class SheetModal
{
    public static ModalView Build(string when, string topic, ReplyTarget target) => new(MeetingTexts.SheetTitle,
    [
        SectionBlock.Markdown(MeetingTexts.SheetIntro(when, topic)),
        new InputBlock(CodevIds.SheetBlock, MeetingTexts.SheetLabel,
            new UrlTextInput(CodevIds.Input, placeholder: MeetingTexts.SheetPlaceholder)),
    ], submit: MeetingTexts.SheetSubmit, close: Common.CommonTexts.Close, callbackId: CodevIds.SheetModal,
        privateMetadata: target.ToMetadata());

    public static string? Read(ViewPayload view) => view.State.Text(CodevIds.SheetBlock, CodevIds.Input);
}
