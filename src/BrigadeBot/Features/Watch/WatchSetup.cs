using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using BrigadeBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Watch;

public static class WatchSetup
{
    /// <summary>The tech watch: scheduled posts, the list, the weekly digest and feed suggestions.</summary>
    public static SlackAppBuilder AddWatch(this SlackAppBuilder slack)
    {
        slack.Command<VeilleCommand>(WatchIds.Veille, WatchTexts.HelpLine, Animators.Audience)
             .View<WatchSubmission>(WatchIds.ScheduleModal)
             .Action<EditWatchAction>(WatchIds.Edit)
             .Action<CancelWatchAction>(WatchIds.Cancel)
             .Action<UncertainWatchAction>(WatchIds.Republish)
             .Action<UncertainWatchAction>(WatchIds.ConfirmPublished)
             .Action<PlanFeedEntryAction>(WatchIds.PlanFeedEntry)
             .Action<IgnoreFeedEntryAction>(WatchIds.IgnoreFeedEntry);

        var services = slack.Services;
        services.AddOptions<WatchOptions>().BindConfiguration(WatchOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WatchOptions>, WatchOptionsValidator>();
        services.AddOptions<WatchChannelOptions>().BindConfiguration(FeatureChannel.Section).AsFeatureChannel(WatchChannelOptions.Key, o => o.Channel);
        services.AddMemberLimit(WatchIds.ScheduleLimit, permits: 20, TimeSpan.FromHours(1));
        services.AddStore<WatchStore>().AddPersonalData<WatchStore>(WatchStore.Inventory);
        services.AddStore<FeedEntryStore>().AddPersonalData<FeedEntryStore>(FeedEntryStore.Inventory);
        services.AddStore<WatchDigestLog>().AddPersonalData(WatchDigestLog.Inventory);
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<WatchNotices>();
        services.AddSingleton<WatchPlanner>();
        services.AddSingleton<WatchPublisher>();
        services.AddSingleton<WatchDigest>();
        services.AddSingleton<FeedReader>();
        services.TryAddSingleton<IFeedAddressPolicy, PublicAddressPolicy>();
        services.AddSingleton<WatchFeedIngestion>();
        services.AddHttpClient(FeedReader.HttpClientName, client =>
        {
            client.Timeout = FeedReader.Timeout + TimeSpan.FromSeconds(5); // the reader's own timeout, on the app clock, comes first
            client.MaxResponseContentBufferSize = FeedReader.MaxBytes;
            client.DefaultRequestHeaders.UserAgent.ParseAdd("BrigadeBot/1.0 (+veille)");
        }).ConfigurePrimaryHttpMessageHandler(sp => FeedConnector.Handler(sp.GetRequiredService<IFeedAddressPolicy>()));
        services.AddTransient<WatchPostJob>();
        services.AddTransient<WatchDigestJob>();
        services.AddTransient<WatchFeedPollJob>();
        services.AddHostedService<WatchStartup>();
        services.AddSingleton<IImpactCounter, WatchImpactCounter>();
        services.AddScoped<IHomeSection, LatestWatchSection>().AddScoped<IHomeSection, PendingWatchSection>();
        return slack;
    }
}
