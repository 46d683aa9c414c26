using Brigade.Slack;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// <c>/brigade proposer [problématique]</c>: with text, records and posts the proposal at once; without, opens the
/// form (problem, context, anonymity).
/// </summary>
public sealed class ProposerCommand(ProposalService service, ISlackApi slack, IOptions<SlackOptions> options) : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        if (command.Arguments.Length == 0)
        {
            await slack.OpenViewAsync(command.TriggerId ?? "", ProposalModal.Build(new ReplyTarget(command.ChannelId, command.ResponseUrl)), ct);
            return null;
        }
        var (problem, error) = ProposalService.Validate(command.Arguments, options.Value.Command);
        if (problem is null) return CommandReply.Ephemeral(error!);
        var proposal = await service.AddAsync(problem, null, command.UserId, anonymous: false, ct);
        return CommandReply.Ephemeral(await service.PublishAsync(proposal, ct));
    }
}
