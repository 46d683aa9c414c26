using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Brigade.Slack.Inbound;

/// <summary>
/// Slack's v0 request signature: HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c>, compared in constant
/// time, with the timestamp within five minutes of our clock in either direction.
/// </summary>
public sealed class SlackSignatureVerifier(IOptionsMonitor<SlackOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private static readonly byte[] Version = "v0:"u8.ToArray();

    // A reference swapped whole: a struct of two fields could be read half old, half new while the secret changes.
    private sealed record CachedKey(string Secret, byte[] Key);

    private CachedKey? cachedKey;

    public SignatureCheck Verify(string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body)
    {
        var secret = options.CurrentValue.SigningSecret;
        if (string.IsNullOrWhiteSpace(secret)) return SignatureCheck.NotConfigured;
        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader)) return SignatureCheck.MissingHeaders;
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.BadTimestamp;
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)Tolerance.TotalSeconds) return SignatureCheck.Stale;
        if (!TryParseSignature(signatureHeader, out var given)) return SignatureCheck.Mismatch;

        var expected = Compute(KeyFor(secret), timestampHeader, body);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The header value Slack would send for this body (tests and tools sign with it).</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        "v0=" + Convert.ToHexStringLower(Compute(Encoding.UTF8.GetBytes(secret), timestamp, body));

    private static byte[] Compute(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        var timestampLength = Encoding.ASCII.GetByteCount(timestamp);
        var length = Version.Length + timestampLength + 1 + body.Length;
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var span = rented.AsSpan(0, length);
            Version.CopyTo(span);
            Encoding.ASCII.GetBytes(timestamp, span[Version.Length..]);
            span[Version.Length + timestampLength] = (byte)':';
            body.CopyTo(span[(Version.Length + timestampLength + 1)..]);
            return HMACSHA256.HashData(key, span);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private byte[] KeyFor(string secret)
    {
        var cached = cachedKey;
        if (cached is not null && ReferenceEquals(cached.Secret, secret)) return cached.Key;
        var key = Encoding.UTF8.GetBytes(secret);
        cachedKey = new CachedKey(secret, key);
        return key;
    }

    private static bool TryParseSignature(string header, out byte[] signature)
    {
        signature = [];
        if (!header.StartsWith("v0=", StringComparison.Ordinal) || header.Length != 3 + 64) return false;
        try
        {
            signature = Convert.FromHexString(header.AsSpan(3));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
