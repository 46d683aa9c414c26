using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>« Déplacer » on a member's booking, in their list or on their App Home: the booking modal on the same theme.</summary>
public sealed class MoveBookingAction(BookingEntry entry, SlackMessenger messenger, IAppHome home) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (await entry.OpenMoveAsync(payload.User.Id, action.Value, payload.TriggerId, ct) is not { } message) return;
        if (action.ActionId == BookingIds.HomeMoveBooking) home.PublishNow(payload.User.Id, ":warning: " + message.Text);
        else await messenger.ReplyToAsync(payload, message, ct: ct);
    }
}
