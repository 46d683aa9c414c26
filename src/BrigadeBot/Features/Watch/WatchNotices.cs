using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Watch;

/// <summary>Direct messages to the animator who prepared an item: scheduled, failed, missed, uncertain.</summary>
public sealed class WatchNotices(SlackMessenger messenger, BrigadeTimeZone zone, IOptionsMonitor<WatchOptions> options,
    ILogger<WatchNotices> log)
{
    /// <summary>Confirms to <paramref name="recipientId"/> (who submitted the modal) when the item will appear.</summary>
    public Task ScheduledAsync(WatchItem item, string recipientId, bool revised, CancellationToken ct)
    {
        var when = WatchList.When(item.PublishAtUtc, zone);
        var text = revised
            ? WatchTexts.Revised(Title(item), when, Mrkdwn.Channel(item.ChannelId))
            : WatchTexts.Scheduled(Title(item), when, Mrkdwn.Channel(item.ChannelId));
        return SendAsync(recipientId, item, new SlackMessage(text), ct);
    }

    public Task FailedAsync(WatchItem item, string error, CancellationToken ct) =>
        SendWithButtonsAsync(item, WatchTexts.FailedNotice(Title(item), Mrkdwn.Channel(item.ChannelId), WatchTexts.FailureReason(error)),
            WatchList.ItemButtons(item.Id, item.Title), ct);

    public Task MissedAsync(WatchItem item, CancellationToken ct) =>
        SendWithButtonsAsync(item, WatchTexts.MissedNotice(Title(item), WatchList.When(item.PublishAtUtc, zone),
            Mrkdwn.Channel(item.ChannelId), options.CurrentValue.MaxLateHours), WatchList.ItemButtons(item.Id, item.Title), ct);

    public Task UncertainAsync(WatchItem item, CancellationToken ct) =>
        SendWithButtonsAsync(item, WatchTexts.UncertainNotice(Title(item), Mrkdwn.Channel(item.ChannelId)),
        [
            new Button(WatchIds.Republish, WatchTexts.Republish, item.Id.ToString(), ButtonStyle.Primary),
            new Button(WatchIds.ConfirmPublished, WatchTexts.ConfirmPublished, item.Id.ToString()),
        ], ct);

    private Task SendWithButtonsAsync(WatchItem item, string text, IReadOnlyList<BlockElement> buttons, CancellationToken ct) =>
        SendAsync(item.AuthorId, item, new SlackMessage(text, [SectionBlock.Markdown(text), new ActionsBlock(buttons)]), ct);

    // A notice that cannot be delivered must not undo what was recorded: log it, and the list still shows the state.
    private async Task SendAsync(string userId, WatchItem item, SlackMessage message, CancellationToken ct)
    {
        try
        {
            await messenger.SendDirectAsync(userId, message, ct);
        }
        catch (SlackApiException ex)
        {
            log.LogError("Could not send the notice about watch item {Id} to its author ({Error})", item.Id, ex.Error);
        }
    }

    private static string Title(WatchItem item) => Mrkdwn.Escape(MemberText.Cut(item.Title, WatchDraft.TitleMax));
}
