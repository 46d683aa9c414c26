using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace BrigadeBot.Features.Impact;

/// <summary>The follow-up survey's submit: stores the anonymous answer once per member and program year, or explains under the field.</summary>
public sealed class FollowUpSubmission(FollowUpSurveyService surveys) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var (form, errors) = FollowUpModal.Read(payload.View);
        if (form is null) return ViewSubmissionReply.WithErrors(errors);
        var state = await surveys.AnswerAsync(payload.View.PrivateMetadata ?? "", payload.User.Id, form, ct);
        var text = state == FollowUpState.Open ? FollowUpTexts.Thanks : FollowUpSurveyService.Refusal(state);
        return ViewSubmissionReply.Update(new ModalView(FollowUpTexts.Title, [SectionBlock.Markdown(text)], close: Common.CommonTexts.Close));
    }
}
