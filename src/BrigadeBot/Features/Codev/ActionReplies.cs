using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Codev;

public static class ActionReplies
{
    /// <summary>A message only the person who clicked sees, where they clicked (a new ephemeral, the original stays).</summary>
    public static Task ReplyAsync(this SlackMessenger messenger, BlockActionsPayload payload, string mrkdwn, CancellationToken ct) =>
        messenger.ReplyEphemeralAsync(payload.ResponseUrl, payload.ChannelId, payload.User.Id, new SlackMessage(mrkdwn), ct: ct);

    /// <summary>The id a button carries in its value; <c>null</c> for anything else (a forged or stale payload).</summary>
    public static int? IdOf(BlockAction action) =>
        int.TryParse(action.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
