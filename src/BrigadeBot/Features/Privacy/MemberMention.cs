using System.Text.RegularExpressions;

namespace BrigadeBot.Features.Privacy;

/// <summary>The member an animator names after a privacy sub-command: « &lt;@U123|nom&gt; », « &lt;@U123&gt; » or « U123 ».</summary>
public static partial class MemberMention
{
    [GeneratedRegex(@"^<?@?(?<id>[UW][A-Z0-9]{2,})(\|[^>]*)?>?$")]
    private static partial Regex Pattern();

    public static string? Parse(string? arguments)
    {
        var match = Pattern().Match((arguments ?? "").Trim());
        return match.Success ? match.Groups["id"].Value : null;
    }
}
