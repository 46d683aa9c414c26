using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using BrigadeBot.Hosting;

namespace BrigadeBot.Features.Booking;

/// <summary><c>/brigade agenda</c> (animators): their coming slots and who booked them.</summary>
public sealed class AgendaCommand(AgendaMessage agenda, Animators animators) : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct) =>
        Task.FromResult<CommandReply?>(animators.Contains(command.UserId)
            ? CommandReply.Ephemeral(agenda.Build(command.UserId))
            : CommandReply.Ephemeral(CommonTexts.AnimatorsOnly));
}
