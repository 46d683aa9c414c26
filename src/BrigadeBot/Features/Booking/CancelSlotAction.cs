using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Booking;

/// <summary>« Annuler ce créneau » in the agenda: only the slot's animator may; its participants get an apology by DM.</summary>
public sealed class CancelSlotAction(BookingService service, AgendaMessage agenda, SessionDisplay display, SlackMessenger messenger)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var animator = payload.User.Id;
        var result = action.Value is { Length: > 0 } id ? await service.CancelSlotAsync(id, animator, ct) : null;
        var reply = result is var (slot, told)
            ? await agenda.BuildAsync(animator, ":white_check_mark: " + BookingTexts.SlotCancelled(display.When(slot), told), ct)
            : new SlackMessage(BookingTexts.NotYourSlot);
        await messenger.ReplyToAsync(payload, reply, replaceOriginal: result is not null, ct);
    }
}
