namespace Brigade.Slack.BlockKit;

/// <summary>
/// A message for chat.postMessage, chat.postEphemeral, chat.update, a command reply or a response_url:
/// fallback <see cref="Text"/> (mrkdwn, shown in notifications) and at most 50 blocks.
/// </summary>
public sealed record SlackMessage
{
    public string Text { get; }
    public IReadOnlyList<Block>? Blocks { get; }

    public SlackMessage(string text, IEnumerable<Block>? blocks = null)
    {
        Text = Limit.Text(text, 40000, "message text");
        var list = blocks is null ? null : Limit.Count(blocks, 50, "message blocks");
        if (list is not null) Limit.UniqueBlockIds(list, "The message");
        Blocks = list is { Count: > 0 } ? list : null;
    }
}
