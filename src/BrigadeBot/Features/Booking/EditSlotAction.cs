using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Booking;

/// <summary>« Modifier » on a slot of the agenda: its animator, still an animator, gets the edit modal.</summary>
public sealed class EditSlotAction(SlotStore slots, BrigadeTimeZone zone, SessionDisplay display, TimeProvider time, ISlackApi slack,
    Animators animators, SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override string Refusal => BookingTexts.NotYourSlot;

    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var slot = action.Value is { Length: > 0 } id ? await slots.FindAsync(id, ct) : null;
        if (slot is null || slot.AnimatorId != payload.User.Id || slot.Status != SlotStatus.Open
            || slot.StartUtc <= time.GetUtcNow().UtcDateTime || string.IsNullOrEmpty(payload.TriggerId))
        {
            await ReplyAsync(payload, new SlackMessage(BookingTexts.NotYourSlot), ct);
            return;
        }
        await slack.OpenViewAsync(payload.TriggerId, SlotEditModal.Build(slot, zone, display.ZoneName), ct);
    }
}
