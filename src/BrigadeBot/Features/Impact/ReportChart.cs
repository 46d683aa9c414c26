using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Fonts;
using ScottPlot;
using SkiaSharp;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The PNG bar chart of accompaniments per theme. Renders headless (SkiaSharp's Linux assets without dependencies) with
/// a font embedded in the dll, so it draws the same on a server or in a container without any system font.
/// </summary>
public static class ReportChart
{
    private const string Family = BrigadeFont.Family;
    private static readonly Lazy<bool> FontReady = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFont(BrigadeFont.Regular));
        Fonts.Default = Family;
        return true;
    });
    private static readonly Lock Rendering = new();

    /// <summary>The chart: <paramref name="title"/> above, the count axis named and the <paramref name="source"/> line below.</summary>
    public static byte[] Render(IReadOnlyList<CountRow> rows, string title, string axis, string source)
    {
        _ = FontReady.Value;
        lock (Rendering) // ScottPlot's font settings are process-wide
        {
            var plot = new Plot();
            var bars = rows.Select((r, i) => new Bar
            {
                Position = rows.Count - 1 - i, Value = r.Count, Label = r.Count.ToString(ReportTexts.French),
                FillColor = Color.FromHex("#1f6f8b"),
            }).ToList();
            var series = plot.Add.Bars(bars);
            series.Horizontal = true;
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                bars.Select(b => b.Position).ToArray(), rows.Select(r => MemberText.Cut(r.Label, 40)).ToArray());
            plot.Axes.Left.MajorTickStyle.Length = 0;
            var ticks = CountTicks(rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                ticks.Select(t => (double)t).ToArray(), ticks.Select(t => t.ToString(ReportTexts.French)).ToArray());
            plot.Axes.SetLimitsX(0, Math.Max(1, ticks[^1]) * 1.1);
            plot.XLabel(axis + "\n" + source);
            plot.Title(title);
            plot.Grid.YAxisStyle.IsVisible = false;
            return plot.GetImageBytes(1000, 120 + 45 * Math.Max(1, rows.Count), ImageFormat.Png);
        }
    }

    /// <summary>Whole-number ticks for counts, from 0 past the largest, at most about six of them (1, 2, 5, 10, 20, 50… apart).</summary>
    public static IReadOnlyList<int> CountTicks(int max)
    {
        var step = 1;
        for (var magnitude = 1; max / step > 6; magnitude *= 10)
            step = new[] { 1, 2, 5 }.Select(m => m * magnitude).FirstOrDefault(s => max / s <= 6, 10 * magnitude);
        var last = (max + step - 1) / step * step;
        return Enumerable.Range(0, last / step + 1).Select(i => i * step).ToList();
    }

    private sealed class EmbeddedFont(byte[] font) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Family ? SKTypeface.FromData(SKData.CreateCopy(font)) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            fontName == Family ? SKTypeface.FromData(SKData.CreateCopy(font)) : null;
    }
}
