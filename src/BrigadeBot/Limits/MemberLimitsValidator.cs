using Microsoft.Extensions.Options;

namespace BrigadeBot.Limits;

/// <summary>Refuses, at start, a <c>Brigade:Limits</c> entry no feature declares (a typo) or out of range.</summary>
public sealed class MemberLimitsValidator(IEnumerable<MemberLimit> declared) : IValidateOptions<MemberLimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, MemberLimitsOptions options)
    {
        var known = declared.Select(l => l.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = declared.GroupBy(l => l.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"The member limit '{g.Key}' is declared twice.").ToList();
        foreach (var (limit, setting) in options)
        {
            var key = $"{MemberLimitsOptions.Section}:{limit}";
            if (!known.Contains(limit))
                errors.Add($"{key}: no such limit (known: {string.Join(", ", known.Order())}).");
            if (setting.Permits is < 1 or > 10_000)
                errors.Add($"{key}:Permits: '{setting.Permits}' must be between 1 and 10000.");
            if (setting.WindowMinutes is < 1 or > 7 * 24 * 60)
                errors.Add($"{key}:WindowMinutes: '{setting.WindowMinutes}' must be between 1 and 10080 (a week).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
