using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace BrigadeBot.Features.Impact;

/// <summary>The survey's submit: stores the anonymous answer once per booking, or explains under the field.</summary>
public sealed class SurveySubmission(SurveyService surveys) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var (form, errors) = SurveyModal.Read(payload.View);
        if (form is null) return ViewSubmissionReply.WithErrors(errors);
        var state = await surveys.AnswerAsync(payload.View.PrivateMetadata ?? "", payload.User.Id, form, ct);
        var text = state == SurveyState.Open ? ImpactTexts.SurveyThanks : SurveyService.Refusal(state);
        return ViewSubmissionReply.Update(new ModalView(ImpactTexts.SurveyTitle, [SectionBlock.Markdown(text)],
            close: Common.CommonTexts.Close));
    }
}
