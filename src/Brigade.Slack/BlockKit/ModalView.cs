namespace Brigade.Slack.BlockKit;

/// <summary>A modal: title, submit and close at most 24 characters, at most 100 blocks.</summary>
public sealed record ModalView
{
    public string Type => "modal";
    public TextObject Title { get; }
    public IReadOnlyList<Block> Blocks { get; }
    public TextObject? Submit { get; }
    public TextObject? Close { get; }
    public string? CallbackId { get; }
    public string? PrivateMetadata { get; }
    public string? ExternalId { get; }
    public bool? NotifyOnClose { get; }
    public bool? ClearOnClose { get; }

    public ModalView(string title, IEnumerable<Block> blocks, string? submit = null, string? close = null,
        string? callbackId = null, string? privateMetadata = null, bool notifyOnClose = false, bool clearOnClose = false,
        string? externalId = null)
    {
        Title = TextObject.Plain(title, 24, "modal title");
        Blocks = Limit.Count(blocks, 100, "modal blocks", min: 1);
        Limit.UniqueBlockIds(Blocks, "The modal");
        if (Blocks.OfType<InputBlock>().Any() && submit is null)
            throw new SlackLimitException("A modal with an input block needs a submit button.");
        Submit = submit is null ? null : TextObject.Plain(submit, 24, "modal submit");
        Close = close is null ? null : TextObject.Plain(close, 24, "modal close");
        CallbackId = Limit.Id(callbackId, "callback_id");
        PrivateMetadata = Limit.OptionalText(privateMetadata, 3000, "private_metadata");
        ExternalId = Limit.Id(externalId, "external_id");
        NotifyOnClose = notifyOnClose ? true : null;
        ClearOnClose = clearOnClose ? true : null;
    }
}
