using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// « 👍 Voter », in the channel or on the App Home: adds the member's vote, or removes it on a second click; the channel
/// message follows. From the Home, the Home is redrawn with what happened.
/// </summary>
public sealed class VoteAction(ProposalStore proposals, CodevRefresher refresher, SlackMessenger messenger, IAppHome home)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var fromHome = action.ActionId == CodevIds.HomeVote;
        if (ActionReplies.IdOf(action) is not { } id)
        {
            if (!fromHome) await messenger.ReplyToAsync(payload, CodevTexts.ProposalNotFound, ct);
            return;
        }
        var outcome = await proposals.ToggleVoteAsync(id, payload.User.Id, ct);
        var changed = outcome.Result is VoteResult.Added or VoteResult.Removed;
        if (changed) refresher.RequestProposal(id);
        if (fromHome)
        {
            home.PublishNow(payload.User.Id, changed ? CodevHomeTexts.Voted(id, outcome.Result == VoteResult.Added) : CodevHomeTexts.VoteClosed);
            return;
        }
        await messenger.ReplyToAsync(payload, outcome.Result switch
        {
            VoteResult.Added => CodevTexts.VoteAdded(id, outcome.Votes),
            VoteResult.Removed => CodevTexts.VoteRemoved(id, outcome.Votes),
            VoteResult.NotOpen => CodevTexts.VoteClosed,
            _ => CodevTexts.ProposalNotFound,
        }, ct);
    }
}
