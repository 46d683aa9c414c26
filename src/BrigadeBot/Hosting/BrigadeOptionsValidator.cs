using Microsoft.Extensions.Options;

namespace BrigadeBot.Hosting;

/// <summary>Refuses a malformed <c>Brigade:TimeZone</c> at start, naming the key.</summary>
public sealed class BrigadeOptionsValidator : IValidateOptions<BrigadeOptions>
{
    public ValidateOptionsResult Validate(string? name, BrigadeOptions options)
    {
        var errors = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
            errors.Add($"Brigade:TimeZone: '{options.TimeZone}' is not a known IANA time zone.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
