using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Watch;

/// <summary>« Planifier » on a feed suggestion: the scheduling modal, filled in with the entry.</summary>
public sealed class PlanFeedEntryAction(Animators animators, SlackMessenger messenger, FeedEntryStore entries, ISlackApi slack,
    ThemeCatalog themes, BrigadeTimeZone zone, IOptionsMonitor<WatchChannelOptions> channel) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var entry = action.Value is { Length: > 0 } id ? await entries.GetAsync(id, ct) : null;
        if (entry is null || entry.State == FeedEntryState.Planned)
        {
            await ReplyAsync(payload, entry?.DecidedBy is { } by ? WatchTexts.AlreadyPlanned(Mrkdwn.User(by)) : WatchTexts.SuggestionGone, ct);
            return;
        }
        if (string.IsNullOrEmpty(payload.TriggerId)) return;
        var draft = WatchDraft.Empty(channel.CurrentValue.Channel, zone) with
        {
            Title = MemberText.Cut(entry.Title, WatchDraft.TitleMax),
            Url = entry.Link,
            Summary = MemberText.Cut(entry.Summary, WatchDraft.SummaryMax),
        };
        await slack.OpenViewAsync(payload.TriggerId, WatchModal.Build(draft, themes.All, zone, WatchModalOrigin.ForFeedEntry(entry.Id)), ct);
    }
}
