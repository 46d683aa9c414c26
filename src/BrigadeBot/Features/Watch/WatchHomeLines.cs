namespace BrigadeBot.Features.Watch;

internal static class WatchHomeLines
{
    private const int SectionMax = 3000;

    /// <summary>Whole lines only, as many as one section holds: cutting through a line could break its link.</summary>
    public static string Join(IEnumerable<string> lines)
    {
        var text = "";
        foreach (var line in lines)
        {
            var next = text.Length == 0 ? line : text + "\n" + line;
            if (next.Length > SectionMax) break;
            text = next;
        }
        return text.Length > 0 ? text : "…";
    }
}
