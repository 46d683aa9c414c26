using Microsoft.Extensions.Options;

namespace BrigadeBot.Scheduling;

/// <summary>
/// <c>Brigade:TimeZone</c>, read on its own so scheduling does not wait for the rest of the <c>Brigade</c> section.
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

/// <summary>Refuses, at startup, a zone id this machine does not know, naming the key to fix.</summary>
internal sealed class BrigadeTimeZoneOptionsValidator : IValidateOptions<BrigadeTimeZoneOptions>
{
    public ValidateOptionsResult Validate(string? name, BrigadeTimeZoneOptions options) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.ZoneId, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{BrigadeTimeZoneOptions.Key}: '{options.ZoneId}' is not a time zone known to this machine. " +
                $"Use an IANA id such as {BrigadeTimeZoneOptions.DefaultZoneId}.");
}
