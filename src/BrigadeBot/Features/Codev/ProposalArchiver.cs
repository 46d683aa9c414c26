using Microsoft.Extensions.Options;
using Quartz;

namespace BrigadeBot.Features.Codev;

/// <summary>Archives the proposals nobody selected within <c>Brigade:Codev:ProposalLifetimeDays</c>.</summary>
public sealed class ProposalArchiver(ProposalStore proposals, CodevRefresher refresher, IOptionsMonitor<CodevOptions> options,
    TimeProvider time, ILogger<ProposalArchiver> log)
{
    public static readonly JobKey Key = new("codev-archive-proposals", "codev");
    public const string DailyCron = "0 0 4 * * ?"; // 4 a.m., when nobody is voting

    public async Task<int> ArchiveExpiredAsync(CancellationToken ct)
    {
        var cutoff = (time.GetUtcNow() - TimeSpan.FromDays(options.CurrentValue.ProposalLifetimeDays)).UtcDateTime;
        var archived = await proposals.ArchiveOpenCreatedBeforeAsync(cutoff, ct);
        foreach (var proposal in archived) refresher.RequestProposal(proposal.Id); // the vote button goes
        if (archived.Count > 0) log.LogInformation("Archived {Count} codev proposals older than the cutoff", archived.Count);
        return archived.Count;
    }
}
