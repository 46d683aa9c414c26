using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Booking;

/// <summary><c>/brigade agenda</c> (animators): their coming slots and who booked them; that read is audited.</summary>
public sealed class AgendaCommand(AgendaMessage agenda, Animators animators, SlotStore slots, BookingStore bookings, IAccessAudit audit,
    TimeProvider time) : AnimatorCommand(animators)
{
    protected override async Task<CommandReply?> HandleForAnimatorAsync(SlashCommand command, CancellationToken ct)
    {
        var message = await agenda.BuildAsync(command.UserId, ct: ct);
        var coming = (await slots.UpcomingOfAsync(command.UserId, time.GetUtcNow().UtcDateTime, ct)).Select(s => s.Id).ToList();
        await audit.RecordAsync(command.UserId, AuditActions.Read, (await bookings.ActiveInAsync(coming, ct)).Select(b => b.MemberId), ct);
        return CommandReply.Ephemeral(message);
    }
}
