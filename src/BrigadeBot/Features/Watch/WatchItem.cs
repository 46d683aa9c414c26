namespace BrigadeBot.Features.Watch;

/// <summary>One watch post an animator prepared: what to post, where, when, and what became of it.</summary>
public sealed class WatchItem
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? ThemeSlug { get; set; }
    public string ChannelId { get; set; } = "";
    public DateTime PublishAtUtc { get; set; }
    /// <summary>Slack user id of the animator who prepared it (the only person named in the post).</summary>
    public string AuthorId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public WatchState State { get; set; }
    /// <summary>Set with <see cref="WatchState.Publishing"/>: which attempt is (or was) talking to Slack.</summary>
    public string? AttemptId { get; set; }
    public DateTime? PublishingStartedAtUtc { get; set; }
    public string? Ts { get; set; }
    public string? Permalink { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    /// <summary>Slack's error code when <see cref="WatchState.Failed"/>.</summary>
    public string? FailureReason { get; set; }
    /// <summary>Publications abandoned after the Slack client's own retries (429, 5xx) ran out.</summary>
    public int TransientFailures { get; set; }
    /// <summary>The feed entry it was planned from, if any.</summary>
    public string? FeedEntryId { get; set; }

    public bool IsEditable => State is WatchState.Scheduled or WatchState.Failed or WatchState.Missed or WatchState.Uncertain;
}
