using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace BrigadeBot.Features.Booking;

/// <summary><c>/brigade mes-reservations</c>: the member's coming bookings, with a cancel button each.</summary>
public sealed class MesReservationsCommand(MyBookingsMessage message) : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct) =>
        CommandReply.Ephemeral(await message.BuildAsync(command.UserId, ct: ct));
}
