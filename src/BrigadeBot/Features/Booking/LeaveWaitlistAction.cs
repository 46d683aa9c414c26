using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>« Quitter la liste » in the member's list or on their App Home; a place held for them goes to the next person.</summary>
public sealed class LeaveWaitlistAction(BookingWaitlist waitlist, MyBookingsMessage list, SlackMessenger messenger, IAppHome home)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var member = payload.User.Id;
        var left = action.Value is { Length: > 0 } id && await waitlist.LeaveAsync(member, id, ct);
        var notice = left ? BookingMessageTexts.LeftWaitlist : BookingMessageTexts.NotInWaitlist;
        if (action.ActionId == BookingIds.HomeLeaveWaitlist)
        {
            home.PublishNow(member, (left ? ":white_check_mark: " : ":warning: ") + notice);
            return;
        }
        var reply = left ? await list.BuildAsync(member, ":white_check_mark: " + notice, ct) : new SlackMessage(notice);
        await messenger.ReplyToAsync(payload, reply, replaceOriginal: left, ct);
    }
}
