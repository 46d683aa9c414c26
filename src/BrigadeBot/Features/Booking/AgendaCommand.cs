using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Hosting;

namespace BrigadeBot.Features.Booking;

/// <summary><c>/brigade agenda</c> (animators): their coming slots and who booked them; that read is audited.</summary>
public sealed class AgendaCommand(AgendaMessage agenda, Animators animators, SlotStore slots, BookingStore bookings, AuditStore audit,
    TimeProvider time) : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        if (!animators.Contains(command.UserId)) return CommandReply.Ephemeral(CommonTexts.AnimatorsOnly);
        var message = await agenda.BuildAsync(command.UserId, ct: ct);
        var coming = (await slots.UpcomingOfAsync(command.UserId, time.GetUtcNow().UtcDateTime, ct)).Select(s => s.Id).ToList();
        await audit.RecordAsync(command.UserId, AuditActions.Read, (await bookings.ActiveInAsync(coming, ct)).Select(b => b.MemberId), ct);
        return CommandReply.Ephemeral(message);
    }
}
