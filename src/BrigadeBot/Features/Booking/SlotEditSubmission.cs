using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>The slot edit modal's submit: changes the slot, or keeps the modal open with field errors.</summary>
public sealed class SlotEditSubmission(SlotPublisher publisher, Animators animators) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        if (!animators.Contains(payload.User.Id)) return ViewSubmissionReply.WithError(BookingIds.SlotDate, CommonTexts.AnimatorsOnly);
        var errors = await publisher.EditAsync(payload.User.Id, payload.View.PrivateMetadata ?? "", SlotModal.Read(payload.View), ct);
        return errors.Count == 0 ? ViewSubmissionReply.Close() : ViewSubmissionReply.WithErrors(errors);
    }
}
