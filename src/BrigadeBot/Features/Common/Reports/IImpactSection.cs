namespace BrigadeBot.Features.Common.Reports;

/// <summary>
/// A part of the impact report a feature writes itself (events, the follow-up survey, the community's size): its lines
/// in the summary and its CSV tables. The report shows sections by <see cref="Order"/>. A section applies the small-cell
/// rule (<c>minCell</c>) to every breakdown by person attributes and keeps totals exact.
/// </summary>
public interface IImpactSection
{
    int Order { get; }

    Task<ImpactSectionContent> BuildAsync(ImpactPeriod period, int minCell, CancellationToken ct);
}
