using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>The report's « veilles publiées »: items published during the period's days in the Brigade zone.</summary>
public sealed class WatchImpactCounter(WatchStore store, BrigadeTimeZone zone) : IImpactCounter
{
    public async Task<int?> CountAsync(string figure, ImpactPeriod period, CancellationToken ct)
    {
        if (figure != ImpactFigures.WatchItemsPublished) return null;
        var (fromUtc, toUtc) = period.InUtc(zone);
        return await store.PublishedCountAsync(fromUtc, toUtc, ct);
    }
}
