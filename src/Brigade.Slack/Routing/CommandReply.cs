using Brigade.Slack.BlockKit;

namespace Brigade.Slack.Routing;

/// <summary>The immediate reply to a slash command: a message only the invoker sees, or one for the channel.</summary>
public sealed record CommandReply
{
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
}
