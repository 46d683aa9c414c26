using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Watch;

/// <summary>A new feed entry offered to animators, with « Planifier » and « Ignorer ».</summary>
public static class FeedSuggestion
{
    public const int ExcerptMax = 300;

    public static SlackMessage Build(FeedEntry entry)
    {
        var text = WatchTexts.Suggestion(Mrkdwn.Escape(MemberText.Cut(entry.FeedTitle, 100)), WatchPost.TitleLink(entry.Title, entry.Link),
            Mrkdwn.Escape(MemberText.Cut(entry.Summary, ExcerptMax)));
        return new SlackMessage(WatchTexts.SuggestionFallback(Mrkdwn.Escape(MemberText.Cut(entry.Title, WatchDraft.TitleMax))),
        [
            SectionBlock.Markdown(text),
            new ActionsBlock(
            [
                new Button(WatchIds.PlanFeedEntry, WatchTexts.Plan, entry.Id, ButtonStyle.Primary,
                    accessibilityLabel: WatchTexts.PlanLabel(entry.Title)),
                new Button(WatchIds.IgnoreFeedEntry, WatchTexts.Ignore, entry.Id, accessibilityLabel: WatchTexts.IgnoreLabel(entry.Title)),
            ]),
        ]);
    }

    /// <summary>What replaces the suggestion once someone ignored it.</summary>
    public static SlackMessage Ignored(FeedEntry entry, string userId)
    {
        var text = WatchTexts.Ignored(Mrkdwn.Escape(MemberText.Cut(entry.Title, WatchDraft.TitleMax)), Mrkdwn.User(userId));
        return new SlackMessage(text, [ContextBlock.Markdown(text)]);
    }
}
