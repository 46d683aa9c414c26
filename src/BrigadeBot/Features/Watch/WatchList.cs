using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>
/// <c>/brigade veille liste</c>: the coming items in order (with « Modifier » and « Annuler »), those that need
/// attention, then the ones published this week with their permalink. Paged to stay within 50 blocks.
/// </summary>
public static class WatchList
{
    public const int MaxComing = 15; // two blocks each
    public const int MaxRecent = 10;

    public static SlackMessage Build(IReadOnlyList<WatchItem> coming, IReadOnlyList<WatchItem> recent, BrigadeTimeZone zone)
    {
        var blocks = new List<Block> { new HeaderBlock(WatchTexts.ListHeader) };
        if (coming.Count == 0) blocks.Add(SectionBlock.Markdown(WatchTexts.ListEmpty));
        foreach (var item in coming.Take(MaxComing))
        {
            blocks.Add(SectionBlock.Markdown(ItemText(item, zone), blockId: WatchIds.ItemBlock(item.Id)));
            if (item.State != WatchState.Publishing)
                blocks.Add(new ActionsBlock(ItemButtons(item.Id, item.Title), WatchIds.ItemActionsBlock(item.Id)));
        }
        if (coming.Count > MaxComing) blocks.Add(ContextBlock.Markdown(WatchTexts.More(coming.Count - MaxComing)));

        if (recent.Count > 0)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(SectionBlock.Markdown(WatchTexts.RecentHeader));
            foreach (var item in recent.TakeLast(MaxRecent))
                blocks.Add(SectionBlock.Markdown(WatchTexts.RecentItem(When(item.PublishedAtUtc ?? item.PublishAtUtc, zone),
                    WatchPost.TitleLink(item.Title, item.Url),
                    Mrkdwn.IsSafeLinkUrl(item.Permalink) ? Mrkdwn.Link(item.Permalink!, WatchTexts.SeeMessage) : null)));
        }
        return new SlackMessage(WatchTexts.ListFallback, blocks);
    }

    /// <summary>« Modifier » and « Annuler » for one item, as in the list and the notices to its author.</summary>
    public static IReadOnlyList<BlockElement> ItemButtons(int id, string title) =>
    [
        new Button(WatchIds.Edit, WatchTexts.Edit, id.ToString(), ButtonStyle.Primary, accessibilityLabel: WatchTexts.EditLabel(title)),
        new Button(WatchIds.Cancel, WatchTexts.CancelItem, id.ToString(), ButtonStyle.Danger,
            confirm: new ConfirmDialog(WatchTexts.CancelConfirmTitle, WatchTexts.CancelConfirmText, WatchTexts.CancelConfirmYes,
                WatchTexts.CancelConfirmNo, danger: true), accessibilityLabel: WatchTexts.CancelLabel(title)),
    ];

    public static string When(DateTime utc, BrigadeTimeZone zone) =>
        FrenchDates.DayAndTime(zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))), zone.Now);

    private static string ItemText(WatchItem item, BrigadeTimeZone zone)
    {
        var text = WatchTexts.ListItem(When(item.PublishAtUtc, zone), Mrkdwn.Channel(item.ChannelId), WatchPost.TitleLink(item.Title, item.Url));
        var status = item.State switch
        {
            WatchState.Publishing => WatchTexts.StatusPublishing,
            WatchState.Failed => WatchTexts.StatusFailed(WatchTexts.FailureReason(item.FailureReason ?? "")),
            WatchState.Missed => WatchTexts.StatusMissed,
            WatchState.Uncertain => WatchTexts.StatusUncertain,
            _ => null,
        };
        return status is null ? text : text + "\n" + status;
    }
}
