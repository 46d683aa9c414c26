using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Common.KnowledgeSheets;

/// <summary>What a knowledge sheet may hold, for every feature that writes one: lengths within Slack's limits, safe links.</summary>
public static class SheetLimits
{
    public const int TitleMax = 150;
    public const int SummaryMax = 1500;
    public const int UrlMax = 500;

    /// <summary>An http(s) address that can be linked in a message (no spaces, no <c>|</c>, <c>&lt;</c>, <c>&gt;</c>).</summary>
    public static bool IsWebUrl(string? url) => url is { Length: > 0 and <= UrlMax } && Mrkdwn.IsSafeLinkUrl(url);
}
