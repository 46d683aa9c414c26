namespace BrigadeBot.Hosting;

/// <summary>
/// The <c>Brigade</c> configuration section shared by every feature. <c>Brigade:TimeZone</c> is bound by Scheduling
/// alone (<see cref="Scheduling.BrigadeTimeZoneOptions"/>).
/// </summary>
public sealed class BrigadeOptions
{
    public const string Section = "Brigade";

    /// <summary>Slack user ids allowed to run animator commands.</summary>
    public string[] Animators { get; set; } = [];

    public ChannelOptions Channels { get; set; } = new();

    /// <summary>The catalogue of coaching themes (seeded in appsettings.json).</summary>
    public ThemeOptions[] Themes { get; set; } = [];
}

public sealed class ChannelOptions
{
    public string? Watch { get; set; }
    public string? Codev { get; set; }
    public string? Sheets { get; set; }
}

/// <summary>One coaching theme: a stable slug, its French name, a one-line description and its summary sheet.</summary>
public sealed class ThemeOptions
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string? SheetUrl { get; set; }
}
