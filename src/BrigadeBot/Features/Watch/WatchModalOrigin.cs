namespace BrigadeBot.Features.Watch;

/// <summary>Where a scheduling modal came from, carried in its private_metadata.</summary>
public sealed record WatchModalOrigin(int? ItemId, string? FeedEntryId)
{
    public static readonly WatchModalOrigin New = new(null, null);

    public static WatchModalOrigin ForItem(int id) => new(id, null);
    public static WatchModalOrigin ForFeedEntry(string entryId) => new(null, entryId);

    public string? Metadata => ItemId is { } id ? $"item:{id}" : FeedEntryId is { } entry ? $"feed:{entry}" : null;

    public static WatchModalOrigin Parse(string? metadata)
    {
        if (metadata?.StartsWith("item:", StringComparison.Ordinal) == true && int.TryParse(metadata[5..], out var id) && id > 0)
            return ForItem(id);
        if (metadata?.StartsWith("feed:", StringComparison.Ordinal) == true && metadata.Length > 5)
            return ForFeedEntry(metadata[5..]);
        return New;
    }
}
