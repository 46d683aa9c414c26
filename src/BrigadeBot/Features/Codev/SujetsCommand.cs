using Brigade.Slack;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Hosting;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary><c>/brigade sujets</c>: the ranking of open proposals, with vote buttons; voters shown to animators only.</summary>
public sealed class SujetsCommand(ProposalStore proposals, Animators animators, IOptions<SlackOptions> options) : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct) =>
        Task.FromResult<CommandReply?>(CommandReply.Ephemeral(
            TopicsList.Build(proposals.OpenRanked(), animators.Contains(command.UserId), options.Value.Command)));
}
