namespace BrigadeBot.Features.Watch;

/// <summary>A feed entry already seen: never offered twice. Its id is a hash of its link.</summary>
public sealed class FeedEntry
{
    public string Id { get; set; } = "";
    public string FeedUrl { get; set; } = "";
    public string FeedTitle { get; set; } = "";
    public string Title { get; set; } = "";
    public string Link { get; set; } = "";
    public string Summary { get; set; } = "";
    public DateTime? PublishedAtUtc { get; set; }
    public DateTime SeenAtUtc { get; set; }
    public FeedEntryState State { get; set; }
    /// <summary>Slack user id of the animator who ignored or planned it.</summary>
    public string? DecidedBy { get; set; }
    public int? WatchItemId { get; set; }
}
