using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Codev;

/// <summary>The <c>codev_proposals</c> collection: proposals, their votes, their status.</summary>
public sealed partial class ProposalStore(BrigadeDatabase database, TimeProvider time) : IStoreSetup
{
    public const string Collection = "codev_proposals";

    public void EnsureIndexes(ILiteDatabase db)
    {
        var proposals = Proposals(db);
        proposals.EnsureIndex(p => p.Status);
        proposals.EnsureIndex(p => p.CreatedAtUtc);
    }

    /// <summary>The collection, for changes that span proposals and meetings in one transaction.</summary>
    internal static ILiteCollection<CodevProposal> Proposals(ILiteDatabase db) => db.GetCollection<CodevProposal>(Collection);

    public Task<CodevProposal> AddAsync(string problem, string? context, string authorId, bool showAuthor, CancellationToken ct)
    {
        var proposal = new CodevProposal
        {
            Problem = problem,
            Context = context,
            AuthorId = authorId,
            ShowAuthor = showAuthor,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            Status = ProposalStatus.Open,
        };
        return database.WriteAsync(db =>
        {
            Proposals(db).Insert(proposal);
            return proposal;
        }, ct);
    }

    public Task SetMessageAsync(int id, string channelId, string ts, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var proposal = Proposals(db).FindById(id);
            if (proposal is null) return;
            proposal.ChannelId = channelId;
            proposal.MessageTs = ts;
            Proposals(db).Update(proposal);
        }, ct);

    /// <summary>Whether a member may still rewrite the proposal: theirs, open, and nobody has voted for it.</summary>
    public static bool Editable(CodevProposal proposal, string memberId) =>
        proposal is { Status: ProposalStatus.Open, Votes: 0 } && proposal.AuthorId == memberId;

    /// <summary>Rewrites the proposal if still <see cref="Editable"/>, checked in the same write as the votes.</summary>
    public Task<bool> EditAsync(int id, string authorId, string problem, string? context, bool showAuthor, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var proposal = Proposals(db).FindById(id);
            if (proposal is null || !Editable(proposal, authorId)) return false;
            proposal.Problem = problem;
            proposal.Context = context;
            proposal.ShowAuthor = showAuthor;
            return Proposals(db).Update(proposal);
        }, ct);

    /// <summary>Archives an open proposal (an animator's choice); <c>null</c> when it is not open any more.</summary>
    public Task<CodevProposal?> ArchiveAsync(int id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync(db =>
        {
            if (Proposals(db).FindById(id) is not { Status: ProposalStatus.Open } proposal) return null;
            proposal.Status = ProposalStatus.Archived;
            proposal.ArchivedAtUtc = now;
            Proposals(db).Update(proposal);
            return (CodevProposal?)proposal;
        }, ct);
    }

    /// <summary>
    /// Archives <paramref name="sourceId"/> into <paramref name="targetId"/>: its votes carry over, one per member (a member
    /// who voted for both keeps one vote). <c>null</c> unless both are open and distinct.
    /// </summary>
    public Task<(CodevProposal Source, CodevProposal Target)?> MergeAsync(int sourceId, int targetId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync<(CodevProposal, CodevProposal)?>(db =>
        {
            if (sourceId == targetId
                || Proposals(db).FindById(sourceId) is not { Status: ProposalStatus.Open } source
                || Proposals(db).FindById(targetId) is not { Status: ProposalStatus.Open } target) return null;
            target.VoterIds = target.VoterIds.Concat(source.VoterIds).Distinct(StringComparer.Ordinal).ToList();
            source.Status = ProposalStatus.Archived;
            source.ArchivedAtUtc = now;
            source.MergedIntoId = target.Id;
            Proposals(db).Update(target);
            Proposals(db).Update(source);
            return (source, target);
        }, ct);
    }

    /// <summary>Adds the member's vote, or removes it when it was there: atomic, so a burst of clicks loses none.</summary>
    public Task<VoteOutcome> ToggleVoteAsync(int id, string memberId, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var proposal = Proposals(db).FindById(id);
            if (proposal is null) return new VoteOutcome(VoteResult.NotFound, 0);
            if (proposal.Status != ProposalStatus.Open) return new VoteOutcome(VoteResult.NotOpen, proposal.Votes);
            var added = !proposal.VoterIds.Remove(memberId);
            if (added) proposal.VoterIds.Add(memberId);
            Proposals(db).Update(proposal);
            return new VoteOutcome(added ? VoteResult.Added : VoteResult.Removed, proposal.Votes);
        }, ct);

    public Task<CodevProposal?> FindAsync(int id, CancellationToken ct = default) =>
        database.ReadAsync<CodevProposal?>(db => Proposals(db).FindById(id), ct);

    /// <summary>A member's own proposals, newest first.</summary>
    public Task<IReadOnlyList<CodevProposal>> ByAuthorAsync(string authorId, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<CodevProposal>>(db => Proposals(db).Find(p => p.AuthorId == authorId)
            .OrderByDescending(p => p.CreatedAtUtc).ToList(), ct);

    /// <summary>Open proposals, most voted first; ties go to the oldest.</summary>
    public Task<IReadOnlyList<CodevProposal>> OpenRankedAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<CodevProposal>>(db => Proposals(db).Find(p => p.Status == ProposalStatus.Open).ToList()
                .OrderByDescending(p => p.Votes).ThenBy(p => p.CreatedAtUtc).ThenBy(p => p.Id)
                .ToList(), ct);

    /// <summary>Archives the open proposals created before <paramref name="cutoffUtc"/>; returns them.</summary>
    public Task<List<CodevProposal>> ArchiveOpenCreatedBeforeAsync(DateTime cutoffUtc, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return database.WriteAsync(db =>
        {
            var expired = Proposals(db).Find(p => p.Status == ProposalStatus.Open && p.CreatedAtUtc < cutoffUtc).ToList();
            foreach (var proposal in expired)
            {
                proposal.Status = ProposalStatus.Archived;
                proposal.ArchivedAtUtc = now;
                Proposals(db).Update(proposal);
            }
            return expired;
        }, ct);
    }
}
