using System.Text;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Common;

/// <summary>Member-typed text fitted into Slack's limits: cut with an ellipsis, never breaking an escape.</summary>
public static class MemberText
{
    private const char Ellipsis = '…';

    /// <summary>Escaped for mrkdwn, at most <paramref name="max"/> characters once escaped.</summary>
    public static string ForMrkdwn(string? text, int max)
    {
        var escaped = Mrkdwn.Escape(text);
        if (escaped.Length <= max) return escaped;
        // Escaping can make a text five times longer: cut the typed text, then escape what is kept.
        var builder = new StringBuilder(max);
        foreach (var rune in text!.EnumerateRunes()) // never half of an emoji
        {
            var piece = Mrkdwn.Escape(rune.ToString());
            if (builder.Length + piece.Length > max - 1) break;
            builder.Append(piece);
        }
        return builder.Append(Ellipsis).ToString();
    }

    /// <summary>
    /// At most <paramref name="max"/> characters, an ellipsis marking the cut (at a word boundary when one is near),
    /// never half of an emoji. Line breaks are kept.
    /// </summary>
    public static string Cut(string? text, int max)
    {
        text = (text ?? "").Trim();
        if (text.Length <= max) return text;
        if (max <= 1) return max == 1 ? Ellipsis.ToString() : "";
        var cut = text[..(max - 1)];
        if (char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut).TrimEnd() + Ellipsis;
    }

    /// <summary>On one line, at most <paramref name="max"/> characters: for option labels and plain_text.</summary>
    public static string OneLine(string? text, int max)
    {
        var line = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // any whitespace run
        if (line.Length <= max) return line;
        var cut = max - 1;
        if (char.IsLowSurrogate(line[cut])) cut--; // never half of an emoji
        return line[..cut].TrimEnd() + Ellipsis;
    }
}
