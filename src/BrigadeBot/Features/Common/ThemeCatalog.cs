using Brigade.Slack.Routing;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Common;

/// <summary>The coaching themes of <c>Brigade:Themes</c>, found by slug or by name typed without accents.</summary>
public sealed class ThemeCatalog(IOptionsMonitor<CommunityOptions> options)
{
    public IReadOnlyList<ThemeOptions> All => options.CurrentValue.Themes;

    public ThemeOptions? BySlug(string? slug) => All.FirstOrDefault(t => t.Slug == slug);

    /// <summary>
    /// The theme a member named in free text (« cybersecurite », « Loi 25 », « wikimedia »): slug or name,
    /// case- and accent-insensitive, a whole word or the start of the name.
    /// </summary>
    public ThemeOptions? Find(string? typed)
    {
        var wanted = SubCommandText.Normalize(typed);
        if (wanted.Length < 3) return null;
        return All.FirstOrDefault(t => t.Slug == wanted || SubCommandText.Normalize(t.Name) == wanted)
            ?? All.FirstOrDefault(t => t.Slug.StartsWith(wanted, StringComparison.Ordinal)
                || SubCommandText.Normalize(t.Name).StartsWith(wanted, StringComparison.Ordinal))
            ?? All.FirstOrDefault(t => Words(t).Contains(wanted));
    }

    private static IEnumerable<string> Words(ThemeOptions theme) =>
        SubCommandText.Normalize(theme.Name + " " + theme.Slug.Replace('-', ' '))
            .Split([' ', ',', '/', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries);
}
