namespace BrigadeBot.Features.Watch;

/// <summary>The <c>Brigade:Watch</c> configuration section.</summary>
public sealed class WatchOptions
{
    public const string Section = "Brigade:Watch";
    public const string DefaultDigestCron = "0 0 16 ? * FRI";

    /// <summary>An item later than this (the bot was down) is not published; its author gets a DM.</summary>
    public double MaxLateHours { get; set; } = 12;

    /// <summary>Quartz cron of the weekly digest, in the Brigade time zone; empty turns the digest off.</summary>
    public string? DigestCron { get; set; } = DefaultDigestCron;

    /// <summary>RSS or Atom feeds whose new entries are offered to animators.</summary>
    public string[] Feeds { get; set; } = [];

    /// <summary>Minutes between two readings of the feeds.</summary>
    public int FeedPollMinutes { get; set; } = 60;

    /// <summary>A (private) channel for feed suggestions; empty: each animator gets them by DM.</summary>
    public string? SuggestionsChannel { get; set; }

    public TimeSpan MaxLate => TimeSpan.FromHours(MaxLateHours);
    public bool DigestEnabled => !string.IsNullOrWhiteSpace(DigestCron);
}
