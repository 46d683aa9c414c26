namespace Brigade.Slack.BlockKit;

public sealed record DividerBlock : Block
{
    public DividerBlock(string? blockId = null) : base(blockId) { }
}
