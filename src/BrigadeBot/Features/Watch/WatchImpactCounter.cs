using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>The report's « veilles publiées »: items published during the period's days in the Brigade zone.</summary>
public sealed class WatchImpactCounter(WatchStore store, BrigadeTimeZone zone) : IImpactCounter
{
    public Task<int?> CountAsync(string figure, ImpactPeriod period, CancellationToken ct)
    {
        if (figure != ImpactFigures.WatchItemsPublished) return Task.FromResult<int?>(null);
        var (fromUtc, toUtc) = period.InUtc(zone);
        return Task.FromResult<int?>(store.PublishedCount(fromUtc, toUtc));
    }
}
