using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Codev;

/// <summary>« 👍 Voter »: adds the member's vote, or removes it on a second click; the channel message follows.</summary>
public sealed class VoteAction(ProposalStore proposals, CodevRefresher refresher, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (ActionReplies.IdOf(action) is not { } id)
        {
            await messenger.ReplyToAsync(payload, CodevTexts.ProposalNotFound, ct);
            return;
        }
        var outcome = await proposals.ToggleVoteAsync(id, payload.User.Id, ct);
        if (outcome.Result is VoteResult.Added or VoteResult.Removed) refresher.RequestProposal(id);
        await messenger.ReplyToAsync(payload, outcome.Result switch
        {
            VoteResult.Added => CodevTexts.VoteAdded(id, outcome.Votes),
            VoteResult.Removed => CodevTexts.VoteRemoved(id, outcome.Votes),
            VoteResult.NotOpen => CodevTexts.VoteClosed,
            _ => CodevTexts.ProposalNotFound,
        }, ct);
    }
}
