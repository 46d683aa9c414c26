namespace BrigadeBot.Scheduling;

/// <summary>
/// <c>Brigade:TimeZone</c>, bound here and nowhere else: every area reads the zone from <see cref="BrigadeTimeZone"/>.
/// </summary>
public sealed class BrigadeTimeZoneOptions
{
    public const string Section = "Brigade";
    public const string Key = "Brigade:TimeZone";
    public const string DefaultZoneId = "America/Toronto";

    /// <summary>An IANA zone id; blank means <see cref="DefaultZoneId"/>.</summary>
    public string? TimeZone { get; set; } = DefaultZoneId;

    internal string ZoneId => string.IsNullOrWhiteSpace(TimeZone) ? DefaultZoneId : TimeZone.Trim();
}
