using System.Buffers;
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
    private const int HashBytes = 32;

    // A reference swapped whole: a struct of two fields could be read half old, half new while the secret changes.
    private sealed record CachedKey(string Secret, byte[] Key);

    // One keyed HMAC per thread, reset after each use: setting up a new one costs as much as hashing a request.
    private sealed record ThreadHmac(byte[] Key, IncrementalHash Hash);

    [ThreadStatic] private static ThreadHmac? threadHmac;

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
        Span<byte> given = stackalloc byte[HashBytes];
        if (!TryParseSignature(signatureHeader, given)) return SignatureCheck.Mismatch;

        Span<byte> expected = stackalloc byte[HashBytes];
        HashWithThreadHmac(KeyFor(secret), timestampHeader, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The header value Slack would send for this body (tests and tools sign with it).</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        Span<byte> hash = stackalloc byte[HashBytes];
        Hash(hmac, timestamp, body, hash);
        return "v0=" + Convert.ToHexStringLower(hash);
    }

    private static void HashWithThreadHmac(byte[] key, string timestamp, ReadOnlySpan<byte> body, Span<byte> hash)
    {
        var hmac = threadHmac;
        if (hmac is null || !ReferenceEquals(hmac.Key, key))
        {
            hmac?.Hash.Dispose();
            threadHmac = hmac = new ThreadHmac(key, IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key));
        }
        try
        {
            Hash(hmac.Hash, timestamp, body, hash);
        }
        catch
        {
            // Never reuse a hash left half fed.
            threadHmac = null;
            hmac.Hash.Dispose();
            throw;
        }
    }

    private static void Hash(IncrementalHash hmac, string timestamp, ReadOnlySpan<byte> body, Span<byte> hash)
    {
        var length = 3 + Encoding.ASCII.GetByteCount(timestamp) + 1;
        Span<byte> prefix = length <= 64 ? stackalloc byte[length] : new byte[length];
        "v0:"u8.CopyTo(prefix);
        Encoding.ASCII.GetBytes(timestamp, prefix[3..]);
        prefix[^1] = (byte)':';
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        hmac.GetHashAndReset(hash);
    }

    private byte[] KeyFor(string secret)
    {
        var cached = cachedKey;
        if (cached is not null && ReferenceEquals(cached.Secret, secret)) return cached.Key;
        var key = Encoding.UTF8.GetBytes(secret);
        cachedKey = new CachedKey(secret, key);
        return key;
    }

    private static bool TryParseSignature(string header, Span<byte> signature) =>
        header.StartsWith("v0=", StringComparison.Ordinal) && header.Length == 3 + 2 * HashBytes
        && Convert.FromHexString(header.AsSpan(3), signature, out _, out var written) == OperationStatus.Done
        && written == HashBytes;
}
