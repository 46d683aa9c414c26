namespace BrigadeBot.Features.Common.FollowUps;

/// <summary>
/// The sessions members attended (marked present), with who attended: what a feature that follows members up months
/// later (the follow-up survey) reads, without knowing how sessions are booked.
/// </summary>
public interface IAttendedSessions
{
    /// <summary>The sessions attended that started in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), one per participant.</summary>
    Task<IReadOnlyList<HeldSession>> AttendedAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct);
}
