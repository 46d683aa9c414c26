namespace BrigadeBot.Features.Common.Fonts;

/// <summary>
/// The one font of the documents the bot draws (charts, PDFs), inside the dll: servers and containers have no system
/// fonts. DejaVu Sans covers French accents, « », the middle dot and the narrow no-break space. Read on first use only.
/// </summary>
public static class BrigadeFont
{
    /// <summary>The family name the renderers register the font under.</summary>
    public const string Family = "Brigade Sans";

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = typeof(BrigadeFont).Assembly.GetManifestResourceStream("BrigadeBot.Fonts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The font is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The TrueType file (shared: do not change it).</summary>
    public static byte[] Regular => Bytes.Value;
}
