using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Common;

/// <summary>Refuses malformed <c>Brigade:Animators</c> and <c>Brigade:Themes</c> values at start, naming the key.</summary>
public sealed partial class CommunityOptionsValidator : IValidateOptions<CommunityOptions>
{
    public ValidateOptionsResult Validate(string? name, CommunityOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Animators.Length; i++)
            if (!UserId().IsMatch(options.Animators[i]))
                errors.Add($"Brigade:Animators:{i}: '{options.Animators[i]}' is not a Slack user id (U… or W…).");

        if (options.Themes.Length == 0) errors.Add("Brigade:Themes: the catalogue of themes is empty.");
        var slugs = new HashSet<string>();
        for (var i = 0; i < options.Themes.Length; i++)
        {
            var theme = options.Themes[i];
            if (!Slug().IsMatch(theme.Slug)) errors.Add($"Brigade:Themes:{i}:Slug: '{theme.Slug}' must be lower-case letters, digits and dashes.");
            else if (!slugs.Add(theme.Slug)) errors.Add($"Brigade:Themes:{i}:Slug: '{theme.Slug}' appears twice.");
            if (theme.Name.Length is < 1 or > 75) errors.Add($"Brigade:Themes:{i}:Name must have 1 to 75 characters.");
            if (theme.ReportGroup is { } group && group.Trim().Length is < 1 or > 75)
                errors.Add($"Brigade:Themes:{i}:ReportGroup must have 1 to 75 characters when set.");
            if (theme.SheetUrl is { Length: > 0 } url && !IsHttpUrl(url))
                errors.Add($"Brigade:Themes:{i}:SheetUrl: '{url}' is not an http(s) URL.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$")] private static partial Regex UserId();
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")] private static partial Regex Slug();
}
