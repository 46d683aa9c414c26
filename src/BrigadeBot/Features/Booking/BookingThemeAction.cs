using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>A theme chosen in the booking modal: the modal is rebuilt with that theme's open slots.</summary>
public sealed class BookingThemeAction(BookingModalFactory modals, ThemeCatalog themes, ISlackApi slack) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (payload.View is not { Id.Length: > 0 } view) return;
        var theme = themes.BySlug(action.SelectedOption?.Value);
        try
        {
            await slack.UpdateViewAsync(view.Id, await modals.BuildAsync(payload.User.Id, theme, ct), view.Hash, ct);
        }
        catch (SlackApiException ex) when (ex.Error == "hash_conflict")
        {
            // Another change of the same modal won the race; its update shows a current list too.
        }
    }
}
