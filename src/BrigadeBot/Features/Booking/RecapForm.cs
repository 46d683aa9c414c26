using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// What the animator typed in the recap modal, checked: the resources are one per line, each an http(s) link that may
/// follow a title (« Guide Loi 25 https://… »). <see cref="Errors"/> is keyed by block id, empty when the form is good.
/// </summary>
public sealed record RecapForm(string Seen, string? NextSteps, IReadOnlyList<RecapResource> Resources,
    IReadOnlyDictionary<string, string> Errors)
{
    public const int SeenMax = 2000;
    public const int NextStepsMax = 1500;
    public const int ResourcesInputMax = 1500;
    public const int ResourcesMax = 5;
    public const int UrlMax = 500;
    public const int LabelMax = 150;

    public static RecapForm Parse(string? seen, string? nextSteps, string? resources)
    {
        var errors = new Dictionary<string, string>();
        seen = seen?.Trim() ?? "";
        if (seen.Length == 0) errors[BookingIds.RecapSeen] = RecapTexts.SeenMissing;
        else if (seen.Length > SeenMax) errors[BookingIds.RecapSeen] = RecapTexts.TooLong(SeenMax);
        nextSteps = string.IsNullOrWhiteSpace(nextSteps) ? null : nextSteps.Trim();
        if (nextSteps?.Length > NextStepsMax) errors[BookingIds.RecapNextSteps] = RecapTexts.TooLong(NextStepsMax);
        var lines = (resources ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var links = new List<RecapResource>();
        if (lines.Length > ResourcesMax) errors[BookingIds.RecapResources] = RecapTexts.TooManyResources(ResourcesMax);
        else
            foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
            {
                if (Resource(line) is { } link) links.Add(link);
                else
                {
                    errors[BookingIds.RecapResources] = RecapTexts.BadResource(number);
                    break;
                }
            }
        return new RecapForm(seen, nextSteps, links, errors);
    }

    /// <summary>The last word is the link, what comes before it its title.</summary>
    private static RecapResource? Resource(string line)
    {
        var space = line.LastIndexOfAny([' ', '\t']);
        var url = line[(space + 1)..];
        if (url.Length > UrlMax || !Mrkdwn.IsSafeLinkUrl(url)) return null;
        var label = space < 0 ? null : line[..space].Trim().TrimEnd(':', '-', '–').Trim();
        return new RecapResource { Url = url, Label = string.IsNullOrEmpty(label) ? null : Common.MemberText.OneLine(label, LabelMax) };
    }
}
