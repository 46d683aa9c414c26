using System.Globalization;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Reports;

namespace BrigadeBot.Features.Impact;

/// <summary>The community's part of the report: the last count of the period, its growth since the first, and the daily counts.</summary>
public sealed class CommunitySection(CommunityStore store) : IImpactSection
{
    public int Order => 90;

    public async Task<ImpactSectionContent> BuildAsync(ImpactPeriod period, int minCell, CancellationToken ct)
    {
        var counts = await store.BetweenAsync(period.From, period.To, ct);
        if (counts.Count == 0) return new ImpactSectionContent(CommunityTexts.Title, [CommunityTexts.NotCounted], []);
        var (first, last) = (counts[0], counts[^1]);
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return new ImpactSectionContent(CommunityTexts.Title,
            [
                CommunityTexts.Members(last.Members, last.Admins, DateOnly.FromDateTime(last.Day)),
                CommunityTexts.Growth(last.Members - first.Members, first.Members, DateOnly.FromDateTime(first.Day)),
            ],
            [
                new ReportTable(CommunityTexts.File, CommunityTexts.Table,
                    [CommunityTexts.ColumnDay, CommunityTexts.ColumnMembers, CommunityTexts.ColumnAdmins],
                    counts.Select(c => (IReadOnlyList<string>)[c.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(c.Members), N(c.Admins)])
                        .ToList()),
            ]);
    }
}
