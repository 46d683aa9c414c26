namespace Brigade.Slack.BlockKit;

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
