namespace BrigadeBot.Features.Watch;

/// <summary><c>Brigade:Channels:Watch</c>: the default channel of watch items and the channel of the weekly digest.</summary>
public sealed class WatchChannelOptions
{
    public const string Key = "Watch";

    [ConfigurationKeyName(Key)] public string? Channel { get; set; }
}
