using BrigadeBot.Features.Common.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// The recap as a one- or two-page PDF (Letter), drawn with PDFsharp in the embedded font: nothing read from the network
/// or the system. PDFsharp and the font load on the first recap only, not at start.
/// </summary>
public static class RecapPdf
{
    public const int MaxPages = 2;
    private static readonly Lock Rendering = new();
    private static readonly Lazy<bool> FontReady = new(() =>
    {
        GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        return true;
    });
    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x22, 0x22, 0x22));
    private static readonly XBrush Accent = new XSolidBrush(XColor.FromArgb(0x1f, 0x6f, 0x8b));

    public static byte[] Render(RecapDocument recap)
    {
        _ = FontReady.Value;
        lock (Rendering) // the font resolver and its caches are process-wide
        {
            using var document = new PdfDocument();
            document.Info.Title = $"{RecapTexts.DocumentTitle} · {recap.Theme}";
            document.Info.Author = RecapTexts.Program;
            using (var flow = new PdfFlow(document, MaxPages)) Write(flow, recap);
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            return output.ToArray();
        }
    }

    private static void Write(PdfFlow flow, RecapDocument recap)
    {
        XFont Font(double size, bool bold = false) =>
            new(BrigadeFont.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var body = Font(10.5);
        var heading = Font(12.5, bold: true);

        flow.Write(RecapTexts.Program, Font(9), XBrushes.Gray, 13);
        flow.Write(RecapTexts.DocumentTitle, Font(18, bold: true), Accent, 26);
        flow.Write(RecapTexts.Field(RecapTexts.ThemeLine, recap.Theme), body, Ink, 15, maxLines: 2);
        flow.Write(RecapTexts.Field(RecapTexts.DateLine, recap.When), body, Ink, 15, maxLines: 1);
        flow.Write(RecapTexts.Field(RecapTexts.AnimatorLine, recap.Animator), body, Ink, 15, maxLines: 1);
        flow.Rule();

        Section(flow, RecapTexts.SeenHeading, heading);
        flow.Write(recap.Seen, body, Ink, 14, maxLines: 24);
        if (recap.NextSteps is { Length: > 0 } next)
        {
            Section(flow, RecapTexts.NextStepsHeading, heading);
            flow.Write(next, body, Ink, 14, maxLines: 16);
        }
        if (recap.Resources.Count > 0)
        {
            Section(flow, RecapTexts.ResourcesHeading, heading);
            foreach (var resource in recap.Resources)
            {
                if (resource.Label is { } label) flow.Write("• " + label, body, Ink, 14, maxLines: 1);
                flow.Write(resource.Label is null ? "• " + resource.Url : resource.Url, Font(9.5), Accent, 13, maxLines: 2,
                    link: resource.Url, indent: resource.Label is null ? 0 : 10);
            }
        }
        if (recap.Sheet is { } sheet)
        {
            Section(flow, RecapTexts.SheetHeading, heading);
            flow.Write(sheet.Title, Font(10.5, bold: true), Ink, 14, maxLines: 2);
            flow.Write(sheet.Summary, body, Ink, 14, maxLines: 8);
            flow.Write(sheet.Url, Font(9.5), Accent, 13, maxLines: 2, link: sheet.Url);
            flow.Space(4);
            flow.Write(RecapTexts.Cc0, Font(9), XBrushes.DimGray, 12, maxLines: 3);
        }
        flow.Footers(RecapTexts.Footer, Font(8.5));
    }

    private static void Section(PdfFlow flow, string title, XFont font)
    {
        flow.Space(8);
        flow.Write(title, font, Accent, 18, maxLines: 1);
    }

    /// <summary>Every family PDFsharp asks for is the embedded font; bold is simulated (one file to carry).</summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(BrigadeFont.Family, bold, italic);

        public byte[] GetFont(string faceName) => BrigadeFont.Regular;
    }
}
