namespace BrigadeBot.Features.Sheets;

/// <summary><c>Brigade:Channels:Sheets</c>: where new sheets are announced.</summary>
public sealed class SheetsChannelOptions
{
    public const string Key = "Sheets";

    [ConfigurationKeyName(Key)] public string? Channel { get; set; }
}
