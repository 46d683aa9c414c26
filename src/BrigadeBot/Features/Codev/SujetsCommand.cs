using Brigade.Slack;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// <c>/brigade sujets</c>: the ranking of open proposals, with vote buttons; authors and voters shown to animators only,
/// and that read is audited.
/// </summary>
public sealed class SujetsCommand(ProposalStore proposals, Animators animators, IAccessAudit audit, IOptions<SlackOptions> options)
    : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var open = await proposals.OpenRankedAsync(ct);
        var animator = animators.Contains(command.UserId);
        var shown = TopicsList.Build(open, animator, options.Value.Command);
        if (animator)
            await audit.RecordAsync(command.UserId, AuditActions.Read, open.Take(TopicsList.AnimatorItems).SelectMany(p => p.VoterIds.Take(150).Append(p.AuthorId)), ct);
        return CommandReply.Ephemeral(shown);
    }
}
