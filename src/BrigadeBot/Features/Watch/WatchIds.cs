namespace BrigadeBot.Features.Watch;

/// <summary>The Slack ids of the watch feature, shared by the view builders and the routes.</summary>
public static class WatchIds
{
    public const string Veille = "veille";
    /// <summary>The <c>Brigade:Limits</c> entry of watch items scheduled.</summary>
    public const string ScheduleLimit = "watch";

    public const string ScheduleModal = "watch.schedule";
    public const string TitleBlock = "watch.title";
    public const string TitleInput = "watch.title.value";
    public const string UrlBlock = "watch.url";
    public const string UrlInput = "watch.url.value";
    public const string SummaryBlock = "watch.summary";
    public const string SummaryInput = "watch.summary.value";
    public const string ThemeBlock = "watch.theme";
    public const string ThemeInput = "watch.theme.value";
    public const string ChannelBlock = "watch.channel";
    public const string ChannelInput = "watch.channel.value";
    public const string DateBlock = "watch.date";
    public const string DateInput = "watch.date.value";
    public const string TimeBlock = "watch.time";
    public const string TimeInput = "watch.time.value";

    public const string Edit = "watch.edit";
    public const string Cancel = "watch.cancel";
    public const string Republish = "watch.republish";
    public const string ConfirmPublished = "watch.confirm-published";
    /// <summary>The « Lire » link button of a post: Slack sends an action for it, nobody handles it.</summary>
    public const string Read = "watch.read";

    public const string PlanFeedEntry = "watch.feed.plan";
    public const string IgnoreFeedEntry = "watch.feed.ignore";

    public const string HomeLatestBlock = "home.watch.latest";
    public const string HomePendingBlock = "home.watch.pending";

    public static string ItemBlock(int id) => $"watch.item.{id}";
    public static string ItemActionsBlock(int id) => $"watch.item.{id}.actions";
}
