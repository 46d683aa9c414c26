namespace BrigadeBot.Features.Impact;

/// <summary>The accompaniments the report counts: the anonymous facts recorded when a session is held.</summary>
public interface IImpactSource
{
    /// <summary>The facts of the sessions held on the days of <paramref name="period"/> (Brigade time zone).</summary>
    Task<IReadOnlyList<AccompanimentFact>> HeldAsync(ReportPeriod period, CancellationToken ct);
}
