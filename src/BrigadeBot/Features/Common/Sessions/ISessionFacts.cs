namespace BrigadeBot.Features.Common.Sessions;

/// <summary>The anonymous facts of held sessions that the report counts; the feature that holds the sessions records them.</summary>
public interface ISessionFacts
{
    /// <summary>Facts of sessions held between two days of the Brigade zone, both included.</summary>
    Task<IReadOnlyList<SessionFactView>> BetweenAsync(DateOnly first, DateOnly last, CancellationToken ct = default);
}
