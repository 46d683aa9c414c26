using Quartz;

namespace BrigadeBot.Features.Codev;

/// <summary>Daily: archives the proposals past their lifetime.</summary>
public sealed class ProposalArchiveJob(ProposalArchiver archiver) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await archiver.ArchiveExpiredAsync(cancellationToken);
}
