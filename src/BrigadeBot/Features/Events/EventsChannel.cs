using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Events;

/// <summary>
/// Posts in <c>Brigade:Channels:Events</c>. The conference is already stored, so a missing channel or a Slack failure
/// only costs the announcement: it is logged and the error returned for the animator.
/// </summary>
public sealed class EventsChannel(ISlackApi slack, IOptionsMonitor<EventsChannelOptions> options, ILogger<EventsChannel> log)
{
    public const string NotConfigured = "Brigade:Channels:Events";

    public async Task<(PostedMessage? Posted, string? Error)> PostAsync(SlackMessage message, CancellationToken ct)
    {
        var channel = options.CurrentValue.Channel;
        if (string.IsNullOrEmpty(channel))
        {
            log.LogWarning("Brigade:Channels:Events is not set; the conference was stored but not announced");
            return (null, NotConfigured);
        }
        try
        {
            return (await slack.PostMessageAsync(channel, message, ct), null);
        }
        catch (SlackApiException ex)
        {
            log.LogError("Announcing a conference failed ({Error})", ex.Error);
            return (null, ex.Error);
        }
    }
}
