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
