namespace BrigadeBot.Features.Common;

/// <summary>What every feature shares in the <c>Brigade</c> section: who animates and which themes the Brigade coaches.</summary>
public sealed class CommunityOptions
{
    public const string Section = "Brigade";

    /// <summary>Slack user ids allowed to run animator commands.</summary>
    public string[] Animators { get; set; } = [];

    /// <summary>The catalogue of coaching themes (seeded in appsettings.json).</summary>
    public ThemeOptions[] Themes { get; set; } = [];
}
