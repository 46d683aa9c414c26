using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>The survey's submit: stores the anonymous answer once per member and conference, or explains under the field.</summary>
public sealed class EventSurveySubmission(EventSurveyService surveys) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var (form, errors) = EventSurveyModal.Read(payload.View);
        if (form is null) return ViewSubmissionReply.WithErrors(errors);
        var state = EventActionValue.IdOf(payload.View.PrivateMetadata) is { } id
            ? await surveys.AnswerAsync(id, payload.User.Id, form, ct)
            : EventSurveyState.NotYours;
        var text = state == EventSurveyState.Open ? EventSurveyTexts.Thanks : EventSurveyService.Refusal(state);
        return ViewSubmissionReply.Update(new ModalView(EventSurveyTexts.Title, [SectionBlock.Markdown(text)], close: CommonTexts.Close));
    }
}
