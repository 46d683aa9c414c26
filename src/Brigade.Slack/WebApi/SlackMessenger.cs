using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brigade.Slack.WebApi;

/// <summary>
/// Answers people: direct messages (DM channel ids cached) and ephemeral replies through an interaction's
/// response_url when its prefix is allowed, or chat.postEphemeral otherwise.
/// </summary>
public sealed class SlackMessenger(ISlackApi api, IOptionsMonitor<SlackOptions> options, ILogger<SlackMessenger> log)
{
    private readonly ConcurrentDictionary<string, string> dmChannels = new(StringComparer.Ordinal);

    /// <summary>Sends a direct message from the bot to a member.</summary>
    public async Task<PostedMessage> SendDirectAsync(string userId, SlackMessage message, CancellationToken ct = default) =>
        await api.PostMessageAsync(await DirectChannelAsync(userId, ct), message, ct);

    /// <summary>The DM channel of a member (opened if needed), e.g. to share a file privately.</summary>
    public async Task<string> DirectChannelAsync(string userId, CancellationToken ct = default)
    {
        if (dmChannels.TryGetValue(userId, out var channel)) return channel;
        channel = await api.OpenDirectMessageAsync(userId, ct);
        dmChannels[userId] = channel;
        return channel;
    }

    /// <summary>Whether a response_url may be followed (<c>Slack:ResponseUrlPrefixes</c>).</summary>
    public bool IsAllowedResponseUrl(string? url) => UrlPrefixes.Admit(options.CurrentValue.EffectiveResponseUrlPrefixes, url);

    /// <summary>Answers the person who clicked, where they clicked (see <see cref="ReplyEphemeralAsync"/>).</summary>
    public Task ReplyToAsync(BlockActionsPayload payload, SlackMessage message, bool replaceOriginal = false,
        CancellationToken ct = default) =>
        ReplyEphemeralAsync(payload.ResponseUrl, payload.ChannelId, payload.User.Id, message, replaceOriginal, ct);

    /// <summary>A short mrkdwn answer to the person who clicked, where they clicked.</summary>
    public Task ReplyToAsync(BlockActionsPayload payload, string mrkdwn, CancellationToken ct = default) =>
        ReplyToAsync(payload, new SlackMessage(mrkdwn), ct: ct);

    /// <summary>
    /// Shows <paramref name="message"/> to one person where they acted: through the response_url when allowed
    /// (optionally replacing the original message), else with chat.postEphemeral in the channel, else by DM.
    /// </summary>
    public async Task ReplyEphemeralAsync(string? responseUrl, string? channelId, string userId, SlackMessage message,
        bool replaceOriginal = false, CancellationToken ct = default)
    {
        if (IsAllowedResponseUrl(responseUrl))
        {
            var body = (JsonObject)SlackApiMethods.Node(message);
            body["response_type"] = "ephemeral";
            body["replace_original"] = replaceOriginal;
            await api.RespondAsync(responseUrl!, body, ct);
            return;
        }
        if (!string.IsNullOrEmpty(responseUrl))
            log.LogWarning("Refused to follow a response_url outside Slack:ResponseUrlPrefixes; replying with chat.postEphemeral");
        if (!string.IsNullOrEmpty(channelId))
        {
            try
            {
                await api.PostEphemeralAsync(channelId, userId, message, ct);
                return;
            }
            catch (SlackApiException ex) when (ex.Error is "channel_not_found" or "not_in_channel" or "user_not_in_channel")
            {
                log.LogInformation("Ephemeral reply impossible in {Channel} ({Error}); sending a DM", channelId, ex.Error);
            }
        }
        await SendDirectAsync(userId, message, ct);
    }
}
