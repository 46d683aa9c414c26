using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>« Réserver un autre créneau » in the apology for a cancelled slot: the booking modal, same theme preselected.</summary>
public sealed class RebookAction(BookingEntry entry, ThemeCatalog themes, SlackMessenger messenger) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (await entry.OpenAsync(payload.User.Id, themes.BySlug(action.Value), payload.TriggerId, ct) is { } message)
            await messenger.ReplyToAsync(payload, message, ct: ct);
    }
}
