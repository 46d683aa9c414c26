using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>« Annuler ce créneau » in the agenda: only the slot's animator, still an animator, may; its participants get an apology by DM.</summary>
public sealed class CancelSlotAction(BookingService service, AgendaMessage agenda, SessionDisplay display, Animators animators,
    SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override string Refusal => BookingTexts.NotYourSlot;

    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var animator = payload.User.Id;
        var result = action.Value is { Length: > 0 } id ? await service.CancelSlotAsync(id, animator, ct) : null;
        var reply = result is var (slot, told)
            ? await agenda.BuildAsync(animator, ":white_check_mark: " + BookingTexts.SlotCancelled(display.When(slot), told), ct)
            : new SlackMessage(BookingTexts.NotYourSlot);
        await ReplyAsync(payload, reply, ct, replaceOriginal: result is not null);
    }
}
