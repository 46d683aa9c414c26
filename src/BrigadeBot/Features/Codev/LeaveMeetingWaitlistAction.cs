using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>« Quitter la liste » in <c>/brigade codev</c> or on the App Home; a place held for the member goes to the next person.</summary>
public sealed class LeaveMeetingWaitlistAction(MeetingWaitlist waitlist, MemberMeetings view, SlackMessenger messenger, IAppHome home)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var memberId = payload.User.Id;
        var left = action.Value is { Length: > 0 } entryId && await waitlist.LeaveAsync(memberId, entryId, ct);
        var notice = (left ? ":white_check_mark: " : ":warning: ") + (left ? MemberMeetingTexts.LeftWaitlist : MemberMeetingTexts.NotInWaitlist);
        if (action.ActionId == CodevIds.HomeLeaveWaitlist)
        {
            home.PublishNow(memberId, notice);
            return;
        }
        var blocks = await view.BuildAsync(memberId, onHome: false, ct);
        blocks.Insert(0, SectionBlock.Markdown(notice));
        await messenger.ReplyToAsync(payload, new SlackMessage(notice, blocks), replaceOriginal: true, ct);
    }
}
