namespace Brigade.Slack.BlockKit;

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
