namespace Brigade.Slack.BlockKit;

/// <summary>An App Home tab view: at most 100 blocks.</summary>
public sealed record HomeView
{
    public string Type => "home";
    public IReadOnlyList<Block> Blocks { get; }
    public string? CallbackId { get; }
    public string? PrivateMetadata { get; }

    public HomeView(IEnumerable<Block> blocks, string? callbackId = null, string? privateMetadata = null)
    {
        Blocks = Limit.Count(blocks, 100, "home blocks", min: 1);
        Limit.UniqueBlockIds(Blocks, "The home view");
        CallbackId = Limit.Id(callbackId, "callback_id");
        PrivateMetadata = Limit.OptionalText(privateMetadata, 3000, "private_metadata");
    }
}
