namespace Brigade.Slack.BlockKit;

/// <summary>
/// A message for chat.postMessage, chat.postEphemeral, chat.update, a command reply or a response_url:
/// fallback <see cref="Text"/> (mrkdwn, shown in notifications) and at most 50 blocks.
/// </summary>
public sealed record SlackMessage
{
    public string Text { get; }
    public IReadOnlyList<Block>? Blocks { get; }

    /// <remarks>
    /// Notifications and screen readers read the fallback text, and read an emoji code as its name (« warning »): a
    /// leading emoji code is left out of it. A message of text alone keeps its emoji in a section block.
    /// </remarks>
    public SlackMessage(string text, IEnumerable<Block>? blocks = null)
    {
        Limit.Text(text, 40000, "message text");
        var list = blocks is null ? null : Limit.Count(blocks, 50, "message blocks");
        if (list is not null) Limit.UniqueBlockIds(list, "The message");
        var fallback = WithoutLeadingEmoji(text);
        if (fallback.Length > 0 && fallback.Length < text.Length && list is not { Count: > 0 } && text.Length <= 3000)
            list = [SectionBlock.Markdown(text)];
        Text = fallback.Length > 0 ? fallback : text;
        Blocks = list is { Count: > 0 } ? list : null;
    }

    /// <summary>The text without the emoji codes it starts with (<c>:white_check_mark: Fait</c> → <c>Fait</c>).</summary>
    public static string WithoutLeadingEmoji(string text)
    {
        var rest = text.AsSpan().TrimStart();
        while (rest.Length > 2 && rest[0] == ':')
        {
            var end = rest[1..].IndexOf(':') + 1;
            if (end < 2 || !IsEmojiName(rest[1..end])) break;
            rest = rest[(end + 1)..].TrimStart();
        }
        return rest.ToString();
    }

    private static bool IsEmojiName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '+' or '-')) return false;
        return true;
    }
}
