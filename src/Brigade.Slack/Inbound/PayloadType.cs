using System.Text.Json;

namespace Brigade.Slack.Inbound;

/// <summary>
/// The <c>type</c> of an interactivity payload, read without parsing the rest: Slack writes it first, so the reader
/// stops after one property instead of building a document of the whole modal only to learn which class to read it as.
/// </summary>
internal static class PayloadType
{
    /// <summary>
    /// The first top-level <c>type</c> of <paramref name="json"/>; null when the text is not an object, has no string
    /// <c>type</c> at its top level, or is malformed before it.
    /// </summary>
    public static string? Of(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            // Only an object's first token is followed by a property name: any other value ends the loop at once.
            if (!reader.Read()) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                if (!reader.Read()) return null;
                if (isType) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="json"/> is one well-formed JSON value, read to its end.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            // A final block: the reader throws on empty text, an unclosed value or anything after the value.
            while (reader.Read())
            {
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
