namespace Brigade.Slack.BlockKit;

/// <summary>A bold title, plain text of at most 150 characters.</summary>
public sealed record HeaderBlock : Block
{
    public TextObject Text { get; }

    public HeaderBlock(string text, string? blockId = null) : base(blockId) =>
        Text = TextObject.Plain(text, 150, "header text");
}
