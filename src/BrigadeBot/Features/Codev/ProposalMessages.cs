using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Codev;

/// <summary>Removes a withdrawn or erased proposal's message from the codev channel; a failure is only logged.</summary>
public sealed class ProposalMessages(ISlackApi slack, ILogger<ProposalMessages> log)
{
    public async Task DeleteAsync(CodevProposal proposal, CancellationToken ct)
    {
        if (proposal.ChannelId is not { } channel || proposal.MessageTs is not { } ts) return;
        try
        {
            await slack.DeleteMessageAsync(channel, ts, ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Codev proposal message not deleted ({Error})", ex.Error);
        }
    }
}
