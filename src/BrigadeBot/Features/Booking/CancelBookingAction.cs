using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// « Annuler » on a member's booking. Only the member who booked may cancel: the button's value names the booking, the
/// payload's user is who clicked, and the store refuses any other pairing.
/// </summary>
public sealed class CancelBookingAction(BookingService service, MyBookingsMessage list, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var member = payload.User.Id;
        var cancelled = action.Value is { Length: > 0 } id && await service.CancelByMemberAsync(id, member, ct);
        var notice = cancelled ? BookingTexts.BookingCancelled : BookingTexts.NotYourBooking;
        var reply = cancelled ? await list.BuildAsync(member, ":white_check_mark: " + notice, ct) : new SlackMessage(notice);
        await messenger.ReplyToAsync(payload, reply, replaceOriginal: cancelled, ct);
    }
}
