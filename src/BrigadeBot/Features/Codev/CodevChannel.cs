using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// Posts in <c>Brigade:Channels:Codev</c>. Whatever is posted is already stored, so a missing channel or a Slack
/// failure only costs the post: it is logged and returned for the caller to tell the person concerned.
/// </summary>
public sealed class CodevChannel(ISlackApi slack, IOptionsMonitor<CodevChannelOptions> options, ILogger<CodevChannel> log)
{
    public const string NotConfigured = "Brigade:Channels:Codev";

    public async Task<ChannelPost> PostAsync(SlackMessage message, string what, CancellationToken ct)
    {
        var channel = options.CurrentValue.Channel;
        if (string.IsNullOrEmpty(channel))
        {
            log.LogWarning("Brigade:Channels:Codev is not set; {What} was stored but not posted", what);
            return new ChannelPost(null, NotConfigured);
        }
        try
        {
            return new ChannelPost(await slack.PostMessageAsync(channel, message, ct), null);
        }
        catch (SlackApiException ex)
        {
            log.LogError("Posting {What} in the codev channel failed ({Error})", what, ex.Error);
            return new ChannelPost(null, ex.Error);
        }
    }
}
