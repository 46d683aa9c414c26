using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The form of <c>/brigade proposer</c> typed without text. A proposal is anonymous unless the member ticks « Afficher mon
/// nom » (ticked in advance only when their <c>codev-name</c> consent is granted).
/// </summary>
public static class ProposalModal
{
    public static ModalView Build(ReplyTarget target, bool nameShownByDefault = false)
    {
        var showName = new Option(CodevTexts.ShowNameOption, CodevIds.ShowNameOption, CodevTexts.ShowNameDescription);
        return new ModalView(CodevTexts.ModalTitle,
    [
        SectionBlock.Markdown(CodevTexts.ModalIntro),
        new InputBlock(CodevIds.ProblemBlock, CodevTexts.ProblemLabel,
            new PlainTextInput(CodevIds.Input, multiline: true, minLength: CodevTexts.ProblemMin, maxLength: CodevTexts.ProblemMax,
                placeholder: CodevTexts.ProblemPlaceholder), hint: CodevTexts.ProblemHint),
        new InputBlock(CodevIds.ContextBlock, CodevTexts.ContextLabel,
            new PlainTextInput(CodevIds.Input, multiline: true, maxLength: CodevTexts.ContextMax),
            hint: CodevTexts.ContextHint, optional: true),
        new InputBlock(CodevIds.ShowNameBlock, CodevTexts.ShowNameLabel,
            new Checkboxes(CodevIds.Input, [showName], nameShownByDefault ? [showName] : null),
            optional: true),
    ], submit: CodevTexts.ModalSubmit, close: Common.CommonTexts.Cancel, callbackId: CodevIds.ProposalModal,
        privateMetadata: target.ToMetadata());
    }

    public static ProposalForm Read(ViewPayload view) => new(
        view.State.Text(CodevIds.ProblemBlock, CodevIds.Input),
        view.State.Text(CodevIds.ContextBlock, CodevIds.Input),
        view.State.SelectedValues(CodevIds.ShowNameBlock, CodevIds.Input).Contains(CodevIds.ShowNameOption));
}
