namespace BrigadeBot.Features.Events;

/// <summary><c>Brigade:Channels:Events</c>: where conferences are announced.</summary>
public sealed class EventsChannelOptions
{
    public const string Key = "Events";

    [ConfigurationKeyName(Key)] public string? Channel { get; set; }
}
