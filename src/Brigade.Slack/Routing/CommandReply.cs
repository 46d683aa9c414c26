using Brigade.Slack.BlockKit;
using Brigade.Slack.Json;

namespace Brigade.Slack.Routing;

/// <summary>
/// The immediate reply to a slash command: a message only the invoker sees, or one for the channel. Serialized once,
/// when first sent: a reply a handler keeps and returns again (the help) costs no serializing after that.
/// </summary>
public sealed record CommandReply
{
    private byte[]? wire;

    public string ResponseType { get; }
    public string Text { get; }
    public IReadOnlyList<Block>? Blocks { get; }

    private CommandReply(string responseType, SlackMessage message)
    {
        ResponseType = responseType;
        Text = message.Text;
        Blocks = message.Blocks;
    }

    public static CommandReply Ephemeral(SlackMessage message) => new("ephemeral", message);
    public static CommandReply Ephemeral(string mrkdwn) => new("ephemeral", new SlackMessage(mrkdwn));
    public static CommandReply InChannel(SlackMessage message) => new("in_channel", message);

    /// <summary>The reply as Slack reads it (an object, serialized on first use; a race serializes it twice, harmlessly).</summary>
    internal byte[] Wire => wire ??= SlackJson.SerializeToUtf8(this);

    // The serialized copy is a cache, not part of the value.
    public bool Equals(CommandReply? other) =>
        other is not null && ResponseType == other.ResponseType && Text == other.Text && Equals(Blocks, other.Blocks);

    public override int GetHashCode() => HashCode.Combine(ResponseType, Text, Blocks);
}
