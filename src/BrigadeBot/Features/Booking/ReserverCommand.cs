using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// <c>/brigade reserver [thème]</c>: opens the booking modal (theme preselected when the text names one), or says that
/// no slot is open and offers an alert.
/// </summary>
public sealed class ReserverCommand(BookingEntry entry, ThemeCatalog themes) : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct) =>
        await entry.OpenAsync(command.UserId, themes.Find(command.Arguments), command.TriggerId, ct) is { } message
            ? CommandReply.Ephemeral(message)
            : null;
}
