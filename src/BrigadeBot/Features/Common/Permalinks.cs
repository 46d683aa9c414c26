using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Common;

public static class Permalinks
{
    /// <summary>The link to a posted message, or <c>null</c>: a confirmation without its link is still worth sending.</summary>
    public static async Task<string?> TryGetAsync(this ISlackApi slack, PostedMessage posted, CancellationToken ct)
    {
        try
        {
            return await slack.GetPermalinkAsync(posted.Channel, posted.Ts, ct);
        }
        catch (SlackApiException)
        {
            return null;
        }
    }
}
