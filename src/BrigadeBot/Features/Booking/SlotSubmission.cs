using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>The slot publication modal's submit: publishes, or keeps the modal open with field errors.</summary>
public sealed class SlotSubmission(SlotPublisher publisher, Animators animators) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        if (!animators.Contains(payload.User.Id)) return ViewSubmissionReply.WithError(BookingIds.SlotDate, CommonTexts.AnimatorsOnly);
        var errors = await publisher.PublishAsync(payload.User.Id, SlotModal.Read(payload.View), ct);
        return errors.Count == 0 ? ViewSubmissionReply.Close() : ViewSubmissionReply.WithErrors(errors);
    }
}
