using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Booking;

/// <summary>« M'avertir des nouveaux créneaux »: remembers the request; the next publication sends one DM.</summary>
public sealed class SlotAlertAction(MemberProfileStore profiles, SlackMessenger messenger, ISlackApi slack) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        await profiles.RequestSlotAlertAsync(payload.User.Id, ct);
        if (payload.View is { Id.Length: > 0 } view)
            await slack.UpdateViewAsync(view.Id, new ModalView(BookingMessageTexts.AlertNotedTitle,
                [SectionBlock.Markdown(BookingMessageTexts.AlertNoted)], close: Common.CommonTexts.Close), ct: ct);
        else
            await messenger.ReplyToAsync(payload, new SlackMessage(BookingMessageTexts.AlertNoted), replaceOriginal: true, ct);
    }
}
