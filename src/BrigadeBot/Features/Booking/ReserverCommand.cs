using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Hosting;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// <c>/brigade reserver [thème]</c>: opens the booking modal (theme preselected when the text names one), or says that
/// no slot is open and offers an alert.
/// </summary>
public sealed class ReserverCommand(BookingService service, BookingModalFactory modals, ThemeCatalog themes, ISlackApi slack)
    : ISlashCommandHandler
{
    public async Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var theme = themes.Find(command.Arguments);
        if (service.HasReachedLimit(command.UserId)) return CommandReply.Ephemeral(Mrkdwn.Escape(BookingTexts.TooMany(service.MaxUpcoming)));
        if (service.OpenSlots(command.UserId, theme?.Slug, max: 1).Count == 0)
            return CommandReply.Ephemeral(NoSlotMessage(theme is null ? null : theme.Name));
        if (string.IsNullOrEmpty(command.TriggerId)) return CommandReply.Ephemeral(CommonTexts.Apology);
        await slack.OpenViewAsync(command.TriggerId, modals.Build(command.UserId, theme), ct);
        return null;
    }

    public static SlackMessage NoSlotMessage(string? themeName) => new(BookingTexts.NoSlotAtAll,
    [
        SectionBlock.Markdown(themeName is null ? BookingTexts.NoSlotAtAll : BookingTexts.NoSlotForTheme(themeName)),
        SectionBlock.Markdown(BookingTexts.AlertOffer,
            new Button(BookingIds.SlotAlert, BookingTexts.AlertButton, "message", ButtonStyle.Primary)),
    ]);
}
