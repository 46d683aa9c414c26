using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace BrigadeBot.Features.Booking;

/// <summary>The booking modal's submit: books, or keeps the modal open with a French error under the field.</summary>
public sealed class BookingSubmission(BookingService service) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var errors = await service.BookAsync(payload.User.Id, BookingModal.Read(payload.View), ct);
        return errors.Count == 0 ? ViewSubmissionReply.Close() : ViewSubmissionReply.WithErrors(errors);
    }
}
