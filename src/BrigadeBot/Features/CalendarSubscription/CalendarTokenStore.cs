using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.CalendarSubscription;

/// <summary>
/// The <c>calendar_tokens</c> collection: one secret subscription token per animator, 256 random bits, kept hashed.
/// A new token replaces the old one in the same write, so « Nouveau lien » revokes the previous URL at once.
/// </summary>
public sealed partial class CalendarTokenStore(BrigadeDatabase database, TimeProvider time) : IStoreSetup
{
    public const string Collection = "calendar_tokens";
    private const int TokenBytes = 32;
    // Base64url of 32 bytes without padding.
    private const int TokenLength = 43;

    public void EnsureIndexes(ILiteDatabase db) => Tokens(db).EnsureIndex(t => t.TokenHash, unique: true);

    private static ILiteCollection<CalendarToken> Tokens(ILiteDatabase db) => db.GetCollection<CalendarToken>(Collection);

    public Task<bool> HasTokenAsync(string animatorId, CancellationToken ct) =>
        database.ReadAsync(db => Tokens(db).Exists(t => t.AnimatorId == animatorId), ct);

    /// <summary>Draws a new token for the animator, replacing (revoking) any previous one; the token is shown once.</summary>
    public async Task<string> RenewAsync(string animatorId, CancellationToken ct)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = time.GetUtcNow().UtcDateTime;
        await database.WriteAsync(db => Tokens(db).Upsert(new CalendarToken { AnimatorId = animatorId, TokenHash = Hash(token), CreatedAtUtc = now }), ct);
        return token;
    }

    /// <summary>The animator whose current token this is; <c>null</c> for a malformed, unknown or revoked token.</summary>
    public async Task<string?> AnimatorOfAsync(string token, CancellationToken ct)
    {
        if (token.Length != TokenLength || !Base64Url.IsValid(token)) return null;
        var hash = Hash(token);
        var found = await database.ReadAsync(db => Tokens(db).FindOne(t => t.TokenHash == hash), ct);
        // The lookup goes by hash, which a guesser cannot steer; the final compare is constant-time all the same.
        return found is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(found.TokenHash), Encoding.ASCII.GetBytes(hash))
            ? found.AnimatorId
            : null;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
