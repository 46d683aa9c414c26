using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Joins a waiting list: a theme's (« M'inscrire sur la liste d'attente », value = the theme) or a full slot's (the
/// select of full slots in the modal, value = « slotId themeSlug »). The modal or message then says the place in line.
/// </summary>
public sealed class JoinWaitlistAction(BookingWaitlist waitlist, ThemeCatalog themes, SlackMessenger messenger, ISlackApi slack)
    : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var value = action.ActionId == BookingIds.WaitSlot ? action.SelectedOption?.Value : action.Value;
        var parts = (value ?? "").Split(' ', 2);
        var (slotId, slug) = action.ActionId == BookingIds.WaitSlot && parts.Length == 2 ? (parts[0], parts[1]) : (null, parts[0]);
        var theme = themes.BySlug(slug);
        var text = BookingMessageTexts.NotJoined;
        if (theme is not null)
        {
            var queue = slotId is null ? WaitQueues.Theme(theme.Slug) : WaitQueues.Slot(slotId);
            await waitlist.JoinAsync(payload.User.Id, queue, theme.Slug, ct);
            text = slotId is null ? BookingMessageTexts.JoinedTheme(Mrkdwn.Escape(theme.Name)) : BookingMessageTexts.JoinedSlot;
        }
        if (payload.View is { Id.Length: > 0 } view)
            await slack.UpdateViewAsync(view.Id, new ModalView(BookingMessageTexts.AlertNotedTitle, [SectionBlock.Markdown(text)],
                close: CommonTexts.Close), ct: ct);
        else
            await messenger.ReplyToAsync(payload, new SlackMessage(text), replaceOriginal: true, ct);
    }
}
