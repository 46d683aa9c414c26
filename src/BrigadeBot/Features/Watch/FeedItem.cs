namespace BrigadeBot.Features.Watch;

/// <summary>One entry of a feed, as plain text, with a key that stays the same from one reading to the next.</summary>
public sealed record FeedItem(string Key, string Title, string Link, string Summary, DateTimeOffset? PublishedAt);
