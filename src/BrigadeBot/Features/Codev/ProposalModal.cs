using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The form of <c>/brigade proposer</c> typed without text. A proposal is anonymous unless the member ticks « Afficher mon
/// nom » (ticked in advance only when their <c>codev-name</c> consent is granted). Filled with a proposal (its id in the
/// target), it edits that proposal.
/// </summary>
public static class ProposalModal
{
    public static ModalView Build(ReplyTarget target, bool nameShownByDefault = false, CodevProposal? editing = null)
    {
        var showName = new Option(CodevTexts.ShowNameOption, CodevIds.ShowNameOption, CodevTexts.ShowNameDescription);
        if (editing is not null) (nameShownByDefault, target) = (editing.ShowAuthor, target with { Id = editing.Id });
        return new ModalView(editing is null ? CodevTexts.ModalTitle : CodevTexts.EditModalTitle,
    [
        SectionBlock.Markdown(CodevTexts.ModalIntro),
        new InputBlock(CodevIds.ProblemBlock, CodevTexts.ProblemLabel,
            new PlainTextInput(CodevIds.Input, editing?.Problem, multiline: true, minLength: CodevTexts.ProblemMin, maxLength: CodevTexts.ProblemMax,
                placeholder: CodevTexts.ProblemPlaceholder), hint: CodevTexts.ProblemHint),
        new InputBlock(CodevIds.ContextBlock, CodevTexts.ContextLabel,
            new PlainTextInput(CodevIds.Input, editing?.Context, multiline: true, maxLength: CodevTexts.ContextMax),
            hint: CodevTexts.ContextHint, optional: true),
        new InputBlock(CodevIds.ShowNameBlock, CodevTexts.ShowNameLabel,
            new Checkboxes(CodevIds.Input, [showName], nameShownByDefault ? [showName] : null),
            optional: true),
    ], submit: editing is null ? CodevTexts.ModalSubmit : CodevTexts.EditSubmit, close: Common.CommonTexts.Cancel, callbackId: CodevIds.ProposalModal,
        privateMetadata: target.ToMetadata());
    }

    public static ProposalForm Read(ViewPayload view) => new(
        view.State.Text(CodevIds.ProblemBlock, CodevIds.Input),
        view.State.Text(CodevIds.ContextBlock, CodevIds.Input),
        view.State.SelectedValues(CodevIds.ShowNameBlock, CodevIds.Input).Contains(CodevIds.ShowNameOption));
}
