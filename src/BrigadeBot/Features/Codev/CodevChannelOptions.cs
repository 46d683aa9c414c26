namespace BrigadeBot.Features.Codev;

/// <summary><c>Brigade:Channels:Codev</c>: where proposals, meetings and their sheets are posted.</summary>
public sealed class CodevChannelOptions
{
    public const string Key = "Codev";

    [ConfigurationKeyName(Key)] public string? Channel { get; set; }
}
