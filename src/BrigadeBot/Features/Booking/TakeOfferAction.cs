using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Booking;

/// <summary>« Réserver cette place » in the DM of a waiting-list offer: the booking modal with the held place chosen.</summary>
public sealed class TakeOfferAction(BookingEntry entry, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (await entry.OpenOfferAsync(payload.User.Id, action.Value, payload.TriggerId, ct) is { } message)
            await messenger.ReplyToAsync(payload, message, ct: ct);
    }
}
