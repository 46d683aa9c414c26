using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Codev;

public sealed record ProposalForm(string? Problem, string? Context, bool Anonymous);

/// <summary>The form of <c>/brigade proposer</c> typed without text.</summary>
public static class ProposalModal
{
    public static ModalView Build(ReplyTarget target) => new(CodevTexts.ModalTitle,
    [
        SectionBlock.Markdown(CodevTexts.ModalIntro),
        new InputBlock(CodevIds.ProblemBlock, CodevTexts.ProblemLabel,
            new PlainTextInput(CodevIds.Input, multiline: true, minLength: CodevTexts.ProblemMin, maxLength: CodevTexts.ProblemMax,
                placeholder: CodevTexts.ProblemPlaceholder)),
        new InputBlock(CodevIds.ContextBlock, CodevTexts.ContextLabel,
            new PlainTextInput(CodevIds.Input, multiline: true, maxLength: CodevTexts.ContextMax),
            hint: CodevTexts.ContextHint, optional: true),
        new InputBlock(CodevIds.AnonymousBlock, CodevTexts.AnonymousLabel,
            new Checkboxes(CodevIds.Input,
                [new Option(CodevTexts.AnonymousOption, CodevIds.AnonymousOption, CodevTexts.AnonymousDescription)]),
            optional: true),
    ], submit: CodevTexts.ModalSubmit, close: Common.CommonTexts.Cancel, callbackId: CodevIds.ProposalModal,
        privateMetadata: target.ToMetadata());

    public static ProposalForm Read(ViewPayload view) => new(
        view.State.Text(CodevIds.ProblemBlock, CodevIds.Input),
        view.State.Text(CodevIds.ContextBlock, CodevIds.Input),
        view.State.SelectedValues(CodevIds.AnonymousBlock, CodevIds.Input).Contains(CodevIds.AnonymousOption));
}
