using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Watch;

/// <summary>The public watch post: title, summary, a « Lire » link button, the theme and who proposed it.</summary>
public static class WatchPost
{
    public static SlackMessage Build(WatchItem item, ThemeOptions? theme)
    {
        var author = Mrkdwn.User(item.AuthorId);
        var context = theme is null
            ? WatchTexts.ProposedBy(author)
            : WatchTexts.ThemeAndProposedBy(Mrkdwn.Escape(theme.Name), author);
        var blocks = new List<Block> { new HeaderBlock(MemberText.Cut(item.Title, WatchDraft.TitleMax)) };
        if (item.Summary.Length > 0)
            blocks.Add(SectionBlock.Markdown(Mrkdwn.Escape(MemberText.Cut(item.Summary, WatchDraft.SummaryMax))));
        blocks.Add(new ActionsBlock([new Button(WatchIds.Read, WatchTexts.Read, url: item.Url, accessibilityLabel: WatchTexts.ReadLabel(item.Title))]));
        blocks.Add(ContextBlock.Markdown(context));
        return new SlackMessage(WatchTexts.PostFallback(Mrkdwn.Escape(MemberText.Cut(item.Title, WatchDraft.TitleMax))), blocks);
    }

    /// <summary>
    /// The title as a mrkdwn link to the resource, or the escaped title alone when the link would not fit
    /// (a URL full of <c>&amp;</c> grows when escaped): a list line never breaks Slack's limits.
    /// </summary>
    public static string TitleLink(string title, string url, int maxTitle = WatchDraft.TitleMax)
    {
        var shortTitle = MemberText.Cut(title, maxTitle);
        if (!Mrkdwn.IsSafeLinkUrl(url) || url.Length > WatchDraft.UrlMax) return Mrkdwn.Escape(shortTitle);
        var link = Mrkdwn.Link(url, shortTitle);
        return link.Length <= 1500 ? link : Mrkdwn.Escape(shortTitle);
    }
}
