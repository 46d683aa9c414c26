using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Watch;

/// <summary>The scheduling modal was submitted: check it, store and schedule the item, confirm by DM.</summary>
public sealed class WatchSubmission(Animators animators, ThemeCatalog themes, BrigadeTimeZone zone, WatchPlanner planner,
    FeedEntryStore feedEntries, SlackFollowUpQueue followUp, IOptionsMonitor<WatchChannelOptions> channel, MemberLimits limits)
    : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var userId = payload.User.Id;
        if (!animators.Contains(userId)) return ViewSubmissionReply.WithError(WatchIds.TitleBlock, CommonTexts.AnimatorsOnly);
        var (draft, errors) = WatchModal.Read(payload.View, themes, zone, channel.CurrentValue.Channel);
        if (draft is null) return ViewSubmissionReply.WithErrors(errors);

        var origin = WatchModalOrigin.Parse(payload.View.PrivateMetadata);
        if (origin.FeedEntryId is { } entryId && await feedEntries.GetAsync(entryId, ct) is { State: FeedEntryState.Planned })
            return ViewSubmissionReply.WithError(WatchIds.TitleBlock, WatchTexts.AlreadyPlannedPlain);
        if (origin.ItemId is null && limits.TryTake(WatchIds.ScheduleLimit, userId) is { } refusal)
            return ViewSubmissionReply.WithError(WatchIds.TitleBlock, refusal);

        var item = await planner.SaveAsync(draft, origin, userId, ct);
        if (item is null) return ViewSubmissionReply.WithError(WatchIds.TitleBlock, WatchTexts.NotEditable);
        var revised = origin.ItemId is not null;
        followUp.Enqueue("watch scheduled notice", (services, token) =>
            services.GetRequiredService<WatchNotices>().ScheduledAsync(item, userId, revised, token));
        return ViewSubmissionReply.Close();
    }
}
