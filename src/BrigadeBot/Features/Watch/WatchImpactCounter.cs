using BrigadeBot.Features.Impact;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Watch;

/// <summary>The report's « veilles publiées »: items published during the period's days in the Brigade zone.</summary>
public sealed class WatchImpactCounter(WatchStore store, BrigadeTimeZone zone) : IImpactCounter
{
    public Task<int?> CountAsync(string kind, ReportPeriod period, CancellationToken ct)
    {
        if (kind != ImpactCounterKinds.WatchItemsPublished) return Task.FromResult<int?>(null);
        var (fromUtc, toUtc) = period.InUtc(zone);
        return Task.FromResult<int?>(store.PublishedCount(fromUtc, toUtc));
    }
}
