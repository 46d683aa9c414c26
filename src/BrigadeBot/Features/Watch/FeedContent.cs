namespace BrigadeBot.Features.Watch;

public sealed record FeedContent(string Title, IReadOnlyList<FeedItem> Items);
