namespace BrigadeBot.Features.Common;

/// <summary>
/// A figure of the impact report a feature keeps (absences, codev meetings, watch items published, sheets shared). Each
/// feature registers its counter; until one answers for a figure, the report says « non disponible » (or 0 for a tally).
/// </summary>
public interface IImpactCounter
{
    /// <summary>The count for <paramref name="figure"/> (see <see cref="ImpactFigures"/>), or null when this counter does not keep it.</summary>
    Task<int?> CountAsync(string figure, ImpactPeriod period, CancellationToken ct);
}
