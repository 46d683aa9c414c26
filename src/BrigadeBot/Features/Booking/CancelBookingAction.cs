using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// « Annuler » on a member's booking, in their list or on their App Home. Only the member who booked may cancel: the
/// button's value names the booking, the payload's user is who clicked, and the store refuses any other pairing.
/// From the Home, the Home is redrawn with what happened.
/// </summary>
public sealed class CancelBookingAction(BookingService service, BookingPolicy policy, MyBookingsMessage list, SlackMessenger messenger,
    IAppHome home)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var member = payload.User.Id;
        var (result, booking) = action.Value is { Length: > 0 } id ? await service.CancelByMemberAsync(id, member, ct) : (CancelResult.NotFound, null);
        var cancelled = result == CancelResult.Cancelled;
        var late = result == CancelResult.TooLate
            ? BookingMessageTexts.TooLateToCancel(policy.CancelNoticeHours, Mrkdwn.User(booking!.AnimatorId))
            : null;
        if (action.ActionId == BookingIds.HomeCancel)
        {
            home.PublishNow(member, late is not null ? ":warning: " + late : cancelled ? BookingHomeTexts.Cancelled : BookingHomeTexts.NotCancelled);
            return;
        }
        var notice = late ?? (cancelled ? BookingMessageTexts.BookingCancelled : BookingMessageTexts.NotYourBooking);
        var reply = cancelled ? await list.BuildAsync(member, ":white_check_mark: " + notice, ct) : new SlackMessage(notice);
        await messenger.ReplyToAsync(payload, reply, replaceOriginal: cancelled, ct);
    }
}
