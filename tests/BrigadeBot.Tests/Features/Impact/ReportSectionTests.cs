using System.Text;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Reports;
using BrigadeBot.Features.Impact;
using BrigadeBot.Tests.Features.Booking;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Impact;

public sealed class ReportSectionTests
{
    /// <summary>A feature's part of the report, as another feature would contribute it.</summary>
    private sealed class ContributedSection : IImpactSection
    {
        public int Order => 10;

        public Task<ImpactSectionContent> BuildAsync(ImpactPeriod period, int minCell, CancellationToken ct) =>
            Task.FromResult(new ImpactSectionContent("Conférences <!channel>", [$"Conférences : 4 du {period.From:yyyy-MM-dd} <@U0HACK>"],
                [new ReportTable("contribution.csv", "Conférences", ["Conférence", "Présences"], [["Wikidata", "13"]])]));
    }

    [Fact]
    public async Task A_feature_s_section_is_shown_escaped_in_its_order_and_its_tables_join_the_files()
    {
        await using var host = await BrigadeHost.StartAsync(services: s => s.AddScoped<IImpactSection, ContributedSection>());

        var body = await (await host.CommandAsync("bilan", BrigadeHost.Animator)).Content.ReadAsStringAsync();
        var summary = BookingFlow.Readable(body);

        Assert.Contains("*Conférences &lt;!channel&gt;*\\n• Conférences : 4 du 2026-04-01 &lt;@U0HACK&gt;", summary);
        Assert.DoesNotContain("<!channel>", summary);
        Assert.True(summary.IndexOf("Conférences &lt;", StringComparison.Ordinal) < summary.IndexOf("Sondage de suivi", StringComparison.Ordinal));
        Assert.True(summary.IndexOf("Sondage de suivi", StringComparison.Ordinal) < summary.IndexOf("Communauté Slack", StringComparison.Ordinal));

        var value = BookingFlow.Parse(body)["blocks"]!.AsArray().Last()!["elements"]![0]!["value"]!.ToString();
        await new BookingFlow(host).ClickAsync(BrigadeHost.Animator, ImpactIds.ReportFiles, value);
        var csv = ReportFiles.Uploaded(host)["bilan-2026-04-01_2027-03-31-contribution.csv"];
        Assert.Equal("Conférence;Présences\r\nWikidata;13\r\n", new UTF8Encoding(false).GetString(csv.AsSpan(3)));
    }
}
