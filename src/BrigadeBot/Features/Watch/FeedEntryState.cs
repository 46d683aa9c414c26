namespace BrigadeBot.Features.Watch;

public enum FeedEntryState { Seen, Offered, Ignored, Planned }
