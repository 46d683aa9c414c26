using System.Text.Json.Serialization;

namespace Brigade.Slack.BlockKit;

/// <summary>A layout block. Each subtype checks Slack's limits when it is built.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
[JsonDerivedType(typeof(ImageBlock), "image")]
public abstract record Block
{
    public string? BlockId { get; }

    protected Block(string? blockId) => BlockId = Limit.Id(blockId, "block_id");
}

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

/// <summary>A bold title, plain text of at most 150 characters.</summary>
public sealed record HeaderBlock : Block
{
    public TextObject Text { get; }

    public HeaderBlock(string text, string? blockId = null) : base(blockId) =>
        Text = TextObject.Plain(text, 150, "header text");
}

/// <summary>Small grey text: at most 10 text objects.</summary>
public sealed record ContextBlock : Block
{
    public IReadOnlyList<TextObject> Elements { get; }

    public ContextBlock(IEnumerable<TextObject> elements, string? blockId = null) : base(blockId) =>
        Elements = Limit.Count(elements, 10, "context elements", min: 1);

    public static ContextBlock Markdown(string mrkdwn, string? blockId = null) => new([TextObject.Markdown(mrkdwn)], blockId);
}

public sealed record DividerBlock : Block
{
    public DividerBlock(string? blockId = null) : base(blockId) { }
}

/// <summary>Interactive elements in a row: at most 25.</summary>
public sealed record ActionsBlock : Block
{
    public IReadOnlyList<BlockElement> Elements { get; }

    public ActionsBlock(IEnumerable<BlockElement> elements, string? blockId = null) : base(blockId)
    {
        Elements = Limit.Count(elements, 25, "actions elements", min: 1);
        UniqueActionIds(Elements);
    }

    internal static void UniqueActionIds(IEnumerable<BlockElement> elements)
    {
        var seen = new HashSet<string>();
        foreach (var element in elements)
            if (element.ActionId is { } id && !seen.Add(id))
                throw new SlackLimitException($"The action_id '{id}' appears twice in one block.");
    }
}

/// <summary>A labelled form field of a modal. Always give it a block_id: view state is keyed by it.</summary>
public sealed record InputBlock : Block
{
    public TextObject Label { get; }
    public BlockElement Element { get; }
    public TextObject? Hint { get; }
    public bool? Optional { get; }
    public bool? DispatchAction { get; }

    public InputBlock(string blockId, string label, BlockElement element, string? hint = null, bool optional = false,
        bool dispatchAction = false) : base(Limit.Text(blockId, 255, "input block_id"))
    {
        if (!element.IsInputElement)
            throw new SlackLimitException($"A {element.GetType().Name} cannot stand in an input block.");
        if (element.ActionId is null)
            throw new SlackLimitException("An input element needs an action_id: view state is keyed by it.");
        Label = TextObject.Plain(label, 2000, "input label");
        Element = element;
        Hint = hint is null ? null : TextObject.Plain(hint, 2000, "input hint");
        Optional = optional ? true : null;
        DispatchAction = dispatchAction ? true : null;
    }
}

public sealed record ImageBlock : Block
{
    public string ImageUrl { get; }
    public string AltText { get; }

    public ImageBlock(string imageUrl, string altText, string? blockId = null) : base(blockId)
    {
        ImageUrl = Limit.Text(imageUrl, 3000, "image_url");
        AltText = Limit.Text(altText, 2000, "alt_text");
    }
}
