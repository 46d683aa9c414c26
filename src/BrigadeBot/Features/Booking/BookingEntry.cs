using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Where booking starts, from the command or a « Réserver un autre créneau » button: opens the modal, or returns
/// the message that explains why not (limit reached, no open slot) with the offer of an alert.
/// </summary>
public sealed class BookingEntry(BookingService service, BookingModalFactory modals, ISlackApi slack)
{
    /// <summary>Opens the modal (call it first: a trigger_id lives 3 s); <c>null</c> when it opened.</summary>
    public async Task<SlackMessage?> OpenAsync(string memberId, ThemeOptions? theme, string? triggerId, CancellationToken ct)
    {
        if (await service.HasReachedLimitAsync(memberId, ct)) return new SlackMessage(Mrkdwn.Escape(BookingTexts.TooMany(service.MaxUpcoming)));
        if ((await service.OpenSlotsAsync(memberId, theme?.Slug, max: 1, ct)).Count == 0) return NoSlotMessage(theme?.Name);
        if (string.IsNullOrEmpty(triggerId)) return new SlackMessage(CommonTexts.Apology);
        await slack.OpenViewAsync(triggerId, await modals.BuildAsync(memberId, theme, ct), ct);
        return null;
    }

    public static SlackMessage NoSlotMessage(string? themeName) => new(BookingMessageTexts.NoSlotAtAll,
    [
        SectionBlock.Markdown(themeName is null ? BookingMessageTexts.NoSlotAtAll : BookingMessageTexts.NoSlotForTheme(themeName)),
        SectionBlock.Markdown(BookingMessageTexts.AlertOffer,
            new Button(BookingIds.SlotAlert, BookingMessageTexts.AlertButton, "message", ButtonStyle.Primary)),
    ]);
}
