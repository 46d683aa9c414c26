using BrigadeBot.Features.Common.FollowUps;
using LiteDB;

namespace BrigadeBot.Features.Common.Sessions;

/// <summary>
/// The sessions members attended: by id inside the caller's read or write, so that a check and the write it guards are
/// one (a survey answered once per held session), or by period (the follow-up survey sent months later). The feature that holds the sessions implements it.
/// </summary>
public interface IHeldSessions
{
    /// <summary>The session <paramref name="sessionId"/> if it was held; <c>null</c> when it is gone, cancelled, missed or not held yet.</summary>
    HeldSession? Held(ILiteDatabase db, string sessionId);

    /// <summary>Whose session this is, held or not; <c>null</c> once it is gone (erased or expired).</summary>
    string? MemberOf(ILiteDatabase db, string sessionId);

    /// <summary>The ids of every stored session of <paramref name="memberId"/>, held or not.</summary>
    IReadOnlySet<string> IdsOf(ILiteDatabase db, string memberId);

    /// <summary>The session <paramref name="sessionId"/> if it was held, read on its own.</summary>
    Task<HeldSession?> FindHeldAsync(string sessionId, CancellationToken ct);

    /// <summary>The sessions held that started in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), one per participant.</summary>
    Task<IReadOnlyList<HeldSession>> HeldBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct);
}
