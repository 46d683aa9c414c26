namespace BrigadeBot.Features.Watch;

public enum WatchState
{
    /// <summary>Waiting for its time.</summary>
    Scheduled,
    /// <summary>Written just before chat.postMessage: if the bot dies now, nobody knows whether Slack got it.</summary>
    Publishing,
    Published,
    /// <summary>Slack refused it for good (channel gone, bot not invited…); its author was told.</summary>
    Failed,
    /// <summary>More than Brigade:Watch:MaxLateHours late when the bot came back; not published, author told.</summary>
    Missed,
    /// <summary>Found in <see cref="Publishing"/> at start: its author checks the channel and decides.</summary>
    Uncertain,
    Cancelled,
}
