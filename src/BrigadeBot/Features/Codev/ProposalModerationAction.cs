using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// « Archiver » and « Fusionner… » under a proposal in <c>/brigade sujets</c> (animators): archives it at once, or opens the
/// choice of the open proposal to merge it into.
/// </summary>
public sealed class ProposalModerationAction(ProposalStore proposals, Animators animators, CodevRefresher refresher, ISlackApi slack,
    SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (ActionReplies.IdOf(action) is not { } id || await proposals.FindAsync(id, ct) is not { Status: ProposalStatus.Open } proposal)
        {
            await ReplyAsync(payload, CodevTexts.NotOpenAnyMore, ct);
            return;
        }
        if (action.ActionId == CodevIds.ArchiveProposal)
        {
            if (await proposals.ArchiveAsync(id, ct) is null)
            {
                await ReplyAsync(payload, CodevTexts.NotOpenAnyMore, ct);
                return;
            }
            refresher.RequestProposal(id);
            await ReplyAsync(payload, CodevTexts.Archived(id), ct);
            return;
        }
        var others = (await proposals.OpenRankedAsync(ct)).Where(p => p.Id != id).ToList();
        if (others.Count == 0)
        {
            await ReplyAsync(payload, CodevTexts.NoOtherProposal, ct);
            return;
        }
        await slack.OpenViewAsync(payload.TriggerId ?? "", MergeModal.Build(proposal, others, new ReplyTarget(payload.ChannelId, payload.ResponseUrl, id)), ct);
    }
}
