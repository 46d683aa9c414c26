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
        var rest = Encoding.UTF8.GetString(body).AsSpan();
        while (!rest.IsEmpty)
        {
            var ampersand = rest.IndexOf('&');
            var pair = ampersand < 0 ? rest : rest[..ampersand];
            rest = ampersand < 0 ? default : rest[(ampersand + 1)..];
            if (pair.IsEmpty) continue;
            var equals = pair.IndexOf('=');
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            form.TryAdd(key, value);
        }
        return form;
    }

    private static string Decode(ReadOnlySpan<char> part) =>
        part.ContainsAny('+', '%') ? Uri.UnescapeDataString(part.ToString().Replace('+', ' ')) : part.ToString();
}
