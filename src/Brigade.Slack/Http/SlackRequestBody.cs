using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Brigade.Slack.Http;

/// <summary>Reads the raw body once, exactly as received (the signature covers these bytes), up to a limit.</summary>
internal static class SlackRequestBody
{
    /// <summary>The body, or <c>null</c> when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return null;
        if (request.ContentLength is { } length) return await ReadAnnouncedAsync(request.Body, (int)length, ct);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var stream = request.Body;
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await stream.ReadAsync(memory, ct);
            if (read == 0) break;
            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes) return null;
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A body of announced length, read straight into its array; one cut short is what was received.</summary>
    private static async Task<byte[]> ReadAnnouncedAsync(Stream body, int length, CancellationToken ct)
    {
        var bytes = new byte[length];
        var filled = 0;
        while (filled < length)
        {
            var read = await body.ReadAsync(bytes.AsMemory(filled), ct);
            if (read == 0) break;
            filled += read;
        }
        return filled == length ? bytes : bytes[..filled];
    }

    /// <summary>Parses <c>application/x-www-form-urlencoded</c> (<c>+</c> is a space, UTF-8 percent-escapes).</summary>
    public static Dictionary<string, string> ParseForm(ReadOnlySpan<byte> body)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextPair(ref body, out var key, out var value))
            form.TryAdd(DecodeText(key), DecodeText(value));
        return form;
    }

    /// <summary>
    /// One field's value decoded to its UTF-8 bytes, or <c>null</c> when the form has none (the first wins, as in
    /// <see cref="ParseForm"/>): an interaction's JSON goes to the parser as Slack sent it, without a detour through text.
    /// </summary>
    public static ReadOnlyMemory<byte>? Field(ReadOnlySpan<byte> body, ReadOnlySpan<byte> name)
    {
        while (NextPair(ref body, out var key, out var value))
            if (HasEscapes(key) ? Decode(key).Span.SequenceEqual(name) : key.SequenceEqual(name)) return Decode(value);
        return null;
    }

    private static bool NextPair(ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        while (!rest.IsEmpty)
        {
            var ampersand = rest.IndexOf((byte)'&');
            var pair = ampersand < 0 ? rest : rest[..ampersand];
            rest = ampersand < 0 ? default : rest[(ampersand + 1)..];
            if (pair.IsEmpty) continue;
            var equals = pair.IndexOf((byte)'=');
            key = equals < 0 ? pair : pair[..equals];
            value = equals < 0 ? default : pair[(equals + 1)..];
            return true;
        }
        key = value = default;
        return false;
    }

    private static bool HasEscapes(ReadOnlySpan<byte> part) => part.IndexOfAny((byte)'%', (byte)'+') >= 0;

    private static string DecodeText(ReadOnlySpan<byte> part) =>
        Encoding.UTF8.GetString(HasEscapes(part) ? Decode(part).Span : part);

    /// <summary>
    /// <c>+</c> and percent-escapes turned into the bytes they stand for, in one pass over runs without either; a
    /// <c>%</c> not followed by two hex digits stays as it is.
    /// </summary>
    private static ReadOnlyMemory<byte> Decode(ReadOnlySpan<byte> part)
    {
        var decoded = new byte[part.Length]; // never longer than what it decodes
        var length = 0;
        while (true)
        {
            var next = part.IndexOfAny((byte)'%', (byte)'+');
            var run = next < 0 ? part : part[..next];
            run.CopyTo(decoded.AsSpan(length));
            length += run.Length;
            if (next < 0) return decoded.AsMemory(0, length);
            if (part[next] == (byte)'%' && next + 2 < part.Length && HexDigit(part[next + 1]) is var high and >= 0
                && HexDigit(part[next + 2]) is var low and >= 0)
            {
                decoded[length++] = (byte)(high * 16 + low);
                part = part[(next + 3)..];
            }
            else
            {
                decoded[length++] = part[next] == (byte)'+' ? (byte)' ' : (byte)'%';
                part = part[(next + 1)..];
            }
        }
    }

    private static int HexDigit(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
