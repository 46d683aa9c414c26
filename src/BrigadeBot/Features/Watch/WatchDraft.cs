using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>What the scheduling modal shows and gives back: a watch item before it is stored.</summary>
public sealed record WatchDraft(string Title, string Url, string Summary, string? ThemeSlug, string ChannelId, DateOnly Date, TimeOnly Time)
{
    public const int TitleMax = 150; // a header block holds 150 characters
    public const int SummaryMax = 500; // escaped, it still fits a 3000-character section
    public const int UrlMax = 1000;

    public static WatchDraft From(WatchItem item, BrigadeTimeZone zone)
    {
        var local = zone.ToLocal(new DateTimeOffset(item.PublishAtUtc, TimeSpan.Zero));
        return new WatchDraft(item.Title, item.Url, item.Summary, item.ThemeSlug, item.ChannelId,
            DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>An empty draft for <paramref name="channelId"/> at the default time: the next weekday at 9 h 00.</summary>
    public static WatchDraft Empty(string? channelId, BrigadeTimeZone zone) =>
        new("", "", "", null, channelId ?? "", NextWeekday(zone.Today), DefaultTime);

    public static readonly TimeOnly DefaultTime = new(9, 0);

    /// <summary>The first Monday-to-Friday after <paramref name="today"/> (never today: a post needs some preparing).</summary>
    public static DateOnly NextWeekday(DateOnly today)
    {
        var day = today.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return day;
    }

    public DateTimeOffset PublishAt(BrigadeTimeZone zone) => zone.ToUtc(Date, Time);

}
