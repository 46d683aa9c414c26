namespace Brigade.Slack.BlockKit;

/// <summary>A channel or conversation picker.</summary>
public sealed record ConversationsSelect : BlockElement
{
    public TextObject? Placeholder { get; }
    public string? InitialConversation { get; }
    public bool? DefaultToCurrentConversation { get; }

    public ConversationsSelect(string actionId, string? initialConversation = null, string? placeholder = null,
        bool defaultToCurrentConversation = false) : base(actionId)
    {
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
        InitialConversation = initialConversation;
        DefaultToCurrentConversation = defaultToCurrentConversation ? true : null;
    }
}
