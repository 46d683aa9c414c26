using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Privacy;

/// <summary>Every <c>Privacy:Retention:&lt;Kind&gt;Months</c> set is a number of months between 1 and 120, naming the bad key.</summary>
public sealed class RetentionSettingsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var bad = options.Retention.Where(r => r.Value is < 1 or > 120)
            .Select(r => $"{PrivacyOptions.Section}:Retention:{r.Key} must be a number of months between 1 and 120.").ToList();
        return bad.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(bad);
    }
}
