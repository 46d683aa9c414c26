using BrigadeBot.Features.Common.Sessions;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// <see cref="IImpactSource"/> over booking's anonymous <c>session_stats</c> facts (one per participant of a held
/// session: erasure and retention never change them), the bookings marked absent, and the codev meetings (started).
/// </summary>
public sealed class StoredImpactSource(ISessionFacts sessions) : IImpactSource
{
    /// <summary>Categories counted as such; anything else (no answer, refused) is « non communiquée ».</summary>
    public static readonly IReadOnlyList<string> Categories = ["artiste", "etudiant", "organisme", "autre"];

    public async Task<IReadOnlyList<AccompanimentFact>> HeldAsync(ReportPeriod period, CancellationToken ct) =>
        (await sessions.BetweenAsync(period.From, period.To.AddDays(-1), ct))
            .Select(f => new AccompanimentFact(f.Participant, f.ThemeSlug, f.Group, Categories.Contains(f.Category) ? f.Category : null, f.Day))
            .ToList();
}
