using Brigade.Slack;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Members;
using Microsoft.Extensions.Options;
using BrigadeBot.Limits;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// <c>/brigade proposer [problématique]</c>: with text, records and posts the proposal at once; without, opens the
/// form (problem, context, name shown). Anonymous unless the member consented to <see cref="ConsentPurposes.CodevName"/>.
/// </summary>
public sealed class ProposerCommand(ProposalService service, Consents consents, ISlackApi slack, IOptions<SlackOptions> options,
    MemberLimits limits)
    : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        if (command.Arguments.Length == 0)
        {
            var named = await consents.IsGrantedAsync(command.UserId, ConsentPurposes.CodevName, ct);
            await slack.OpenViewAsync(command.TriggerId ?? "",
                ProposalModal.Build(new ReplyTarget(command.ChannelId, command.ResponseUrl), named), ct);
            return null;
        }
        var (problem, error) = ProposalService.Validate(command.Arguments, options.Value.Command);
        if (problem is null) return CommandReply.Ephemeral(error!);
        if (limits.TryTake(CodevIds.ProposalsLimit, command.UserId) is { } refusal) return CommandReply.Ephemeral(refusal);
        var showAuthor = await consents.IsGrantedAsync(command.UserId, ConsentPurposes.CodevName, ct);
        var proposal = await service.AddAsync(problem, null, command.UserId, showAuthor, ct);
        return CommandReply.Ephemeral(await service.PublishAsync(proposal, ct));
    }
}
