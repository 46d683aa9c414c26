namespace Brigade.Slack.BlockKit;

/// <summary>Text (up to 3000 characters) or up to 10 fields, with one optional accessory.</summary>
public sealed record SectionBlock : Block
{
    public TextObject? Text { get; }
    public IReadOnlyList<TextObject>? Fields { get; }
    public BlockElement? Accessory { get; }

    public SectionBlock(TextObject text, BlockElement? accessory = null, string? blockId = null) : base(blockId)
    {
        Text = text;
        Accessory = accessory;
    }

    public SectionBlock(IEnumerable<TextObject> fields, BlockElement? accessory = null, string? blockId = null) : base(blockId)
    {
        Fields = Limit.Count(fields, 10, "section fields", min: 1);
        foreach (var field in Fields) Limit.Text(field.Text, 2000, "section field");
        Accessory = accessory;
    }

    /// <summary>A section of mrkdwn text.</summary>
    public static SectionBlock Markdown(string mrkdwn, BlockElement? accessory = null, string? blockId = null) =>
        new(TextObject.Markdown(mrkdwn, what: "section text"), accessory, blockId);

    /// <summary>A section of plain text (member-typed text shown verbatim).</summary>
    public static SectionBlock Plain(string text, BlockElement? accessory = null, string? blockId = null) =>
        new(TextObject.Plain(text, what: "section text"), accessory, blockId);
}
