namespace BrigadeBot.Features.Common.Privacy;

/// <summary>The instants before which each kind of record has served its purpose.</summary>
public sealed class RetentionCutoffs(DateTime nowUtc, Func<RetentionKind, int> months)
{
    public DateTime NowUtc { get; } = nowUtc;

    /// <summary>Records of <paramref name="kind"/> whose purpose ended before this instant are due.</summary>
    public DateTime Before(RetentionKind kind) => NowUtc.AddMonths(-months(kind));
}
