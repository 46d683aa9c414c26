namespace BrigadeBot.Hosting;

/// <summary>The <c>Brigade</c> configuration section's platform keys (the community's: <c>CommunityOptions</c>).</summary>
public sealed class BrigadeOptions
{
    public const string Section = "Brigade";

    /// <summary>IANA zone for every date shown or scheduled.</summary>
    public string TimeZone { get; set; } = "America/Toronto";
}
