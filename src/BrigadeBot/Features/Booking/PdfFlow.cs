using BrigadeBot.Features.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Text flowing down Letter pages: lines wrapped to the width, a new page when one is full, at most
/// <paramref name="maxPages"/> pages (what does not fit is left out, the last line ending with « … »).
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    public const double Margin = 56;
    private const double Bottom = 64;
    private readonly PdfDocument document;
    private readonly int maxPages;
    private XGraphics? page;
    private double y;
    private bool full;

    public PdfFlow(PdfDocument document, int maxPages)
    {
        this.document = document;
        this.maxPages = maxPages;
        Room(0);
    }

    /// <summary>The width of a line on a Letter page (8.5 in) between the margins.</summary>
    public static double Width => 612 - 2 * Margin;

    /// <summary>Writes <paramref name="text"/> wrapped, at most <paramref name="maxLines"/> lines; a link makes every line clickable.</summary>
    public void Write(string text, XFont font, XBrush brush, double leading, int maxLines = int.MaxValue, string? link = null, double indent = 0)
    {
        var lines = Wrap(text, font, Width - indent).ToList();
        if (lines.Count > maxLines) lines = [.. lines.Take(maxLines - 1), Ellipsis(lines[maxLines - 1], font, Width - indent)];
        foreach (var line in lines)
        {
            if (!Room(leading)) return;
            var box = new XRect(Margin + indent, y, Width - indent, leading);
            page!.DrawString(line, font, brush, box, XStringFormats.TopLeft);
            if (link is not null && line.Length > 0)
                document.Pages[^1].AddWebLink(new PdfRectangle(page.Transformer.WorldToDefaultPage(box)), link);
            y += leading;
        }
    }

    public void Space(double height) => y += height;

    public void Rule()
    {
        if (!Room(8)) return;
        page!.DrawLine(new XPen(XColors.LightGray, 0.8), Margin, y + 3, Margin + Width, y + 3);
        y += 8;
    }

    /// <summary>Whether <paramref name="height"/> more fits: on this page, or on a new one while pages remain.</summary>
    private bool Room(double height)
    {
        if (full) return false;
        if (page is not null && y + height <= document.Pages[^1].Height.Point - Bottom) return true;
        if (page is not null && document.PageCount >= maxPages)
        {
            full = true;
            return false;
        }
        page?.Dispose();
        var added = document.AddPage();
        added.Size = PdfSharp.PageSize.Letter;
        page = XGraphics.FromPdfPage(added);
        y = Margin;
        return true;
    }

    /// <summary>Writes <paramref name="text"/> at the foot of every page, once the flow is done.</summary>
    public void Footers(Func<int, int, string> text, XFont font)
    {
        page?.Dispose();
        page = null;
        for (var i = 0; i < document.PageCount; i++)
        {
            using var foot = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var box = new XRect(Margin, document.Pages[i].Height.Point - Bottom / 2 - 6, Width, 12);
            foot.DrawString(text(i + 1, document.PageCount), font, XBrushes.Gray, box, XStringFormats.TopCenter);
        }
    }

    public void Dispose() => page?.Dispose();

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in KeepNumbersWithTheirWord(paragraph.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, font) <= width) { line = candidate; continue; }
                if (line.Length > 0) yield return line;
                line = word;
                while (line.Length > 1 && Measure(line, font) > width) // a word longer than the line (a link) is cut
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && Measure(line[..fit], font) > width) fit--;
                    yield return line[..fit];
                    line = line[fit..];
                }
            }
            yield return line;
        }
    }

    /// <summary>
    /// French typography keeps a number with the word it belongs to (« Loi 25 », « article 3 »): a word that starts with a
    /// digit is joined to the word before by a no-break space, so the line never breaks between them.
    /// </summary>
    private static IEnumerable<string> KeepNumbersWithTheirWord(string[] words)
    {
        string? held = null;
        foreach (var word in words)
        {
            if (held is not null && char.IsAsciiDigit(word[0]))
            {
                held += FrenchTypography.NoBreakSpace + word;
                continue;
            }
            if (held is not null) yield return held;
            held = word;
        }
        if (held is not null) yield return held;
    }

    private string Ellipsis(string line, XFont font, double width)
    {
        while (line.Length > 0 && Measure(line + " …", font) > width) line = line[..^1];
        return line.TrimEnd() + " …";
    }

    private double Measure(string text, XFont font) => page!.MeasureString(text, font).Width;
}
