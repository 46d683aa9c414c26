namespace BrigadeBot.Sandbox.Rendering;

/// <summary>HTML encoding: everything the bot or a person wrote goes through it.</summary>
internal static class Html
{
    /// <summary>
    /// Encodes what matters in text and in double-quoted attributes (the only kind the renderer writes); accents
    /// stay readable (the page is UTF-8).
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var html = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
            html.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => c.ToString() });
        return html.ToString();
    }
}
