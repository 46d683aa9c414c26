using Microsoft.Extensions.Options;

namespace BrigadeBot.Scheduling;

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
