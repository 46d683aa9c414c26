using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>The recap modal's « Envoyer »: checks the fields, marks the participant present, stores the recap and sends it.</summary>
public sealed class RecapSubmission(BookingService service, Animators animators) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var animator = payload.User.Id;
        if (!animators.Contains(animator)) return ViewSubmissionReply.WithError(BookingIds.RecapSeen, CommonTexts.AnimatorsOnly);
        var form = RecapModal.Read(payload.View);
        if (form.Errors.Count > 0) return ViewSubmissionReply.WithErrors(form.Errors);
        var saved = await service.SaveRecapAsync(payload.View.PrivateMetadata ?? "", animator, form, ct);
        return saved ? ViewSubmissionReply.Close() : ViewSubmissionReply.WithError(BookingIds.RecapSeen, BookingTexts.AttendanceRefused);
    }
}
