using BrigadeBot.Features.Common;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Codev;

/// <summary>« Modifier » beside the author's own proposal: the proposal form, filled, while nobody has voted for it.</summary>
public sealed class EditProposalAction(ProposalStore proposals, ISlackApi slack, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var proposal = ActionReplies.IdOf(action) is { } id ? await proposals.FindAsync(id, ct) : null;
        if (proposal is null || !ProposalStore.Editable(proposal, payload.User.Id))
        {
            await messenger.ReplyToAsync(payload, CodevTexts.CannotEditProposal, ct);
            return;
        }
        await slack.OpenViewAsync(payload.TriggerId ?? "",
            ProposalModal.Build(new ReplyTarget(payload.ChannelId, payload.ResponseUrl), editing: proposal), ct);
    }
}
