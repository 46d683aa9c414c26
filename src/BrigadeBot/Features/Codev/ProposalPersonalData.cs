using System.Text.Json.Nodes;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Privacy;
using LiteDB;

namespace BrigadeBot.Features.Codev;

/// <summary>Proposals and votes in export, correction (withdrawal), erasure and retention.</summary>
public sealed partial class ProposalStore : IPersonalDataStore
{
    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var proposal in Proposals(db).FindAll().OrderBy(p => p.Id))
        {
            if (proposal.AuthorId == memberId)
                export.Add("proposals", new JsonObject
                {
                    ["id"] = proposal.Id,
                    ["problem"] = proposal.Problem,
                    ["context"] = proposal.Context,
                    ["name_shown"] = proposal.ShowAuthor,
                    ["created_at"] = export.Date(proposal.CreatedAtUtc),
                    ["status"] = proposal.Status.ToString().ToLowerInvariant(),
                    ["votes"] = proposal.Votes, // a count: who voted is theirs, not the author's
                    ["archived_at"] = export.Date(proposal.ArchivedAtUtc),
                });
            if (proposal.VoterIds.Contains(memberId))
                export.Add("votes", new JsonObject { ["proposal"] = proposal.Id });
        }
    }

    /// <summary>The member's open proposals, newest first: what <c>/brigade corriger</c> offers to withdraw.</summary>
    public Task<IReadOnlyList<CodevProposal>> OpenByAsync(string memberId, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<CodevProposal>>(db => Proposals(db).Find(p => p.AuthorId == memberId && p.Status == ProposalStatus.Open)
            .OrderByDescending(p => p.Id).ToList(), ct);

    /// <summary>Deletes an open proposal of <paramref name="memberId"/>; <c>null</c> when not theirs or no longer open.</summary>
    public Task<CodevProposal?> WithdrawAsync(int id, string memberId, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var proposal = Proposals(db).FindById(id);
            if (proposal is not { Status: ProposalStatus.Open } || proposal.AuthorId != memberId) return null;
            Proposals(db).Delete(id);
            return proposal;
        }, ct);

    /// <summary>Deletes the member's proposals (and their channel messages) and takes their votes back.</summary>
    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var proposals = Proposals(db);
        var authored = proposals.Find(p => p.AuthorId == memberId).ToList();
        foreach (var proposal in authored) proposals.Delete(proposal.Id);
        erasure.Removed.Add("proposals", authored.Count);
        var voted = proposals.FindAll().Where(p => p.VoterIds.Remove(memberId)).ToList();
        foreach (var proposal in voted) proposals.Update(proposal);
        erasure.Removed.Add("votes", voted.Count);
        var posted = authored.Where(p => p.ChannelId is not null && p.MessageTs is not null).ToList();
        erasure.Then("erasure: codev proposals", async (services, ct) =>
        {
            foreach (var proposal in posted) await DeleteMessageAsync(services, proposal, ct);
            var refresher = services.GetRequiredService<CodevRefresher>();
            foreach (var proposal in voted) refresher.RequestProposal(proposal.Id);
        });
    }

    /// <summary>Archived proposals, and selected ones whose meeting is older than the cutoff (or gone).</summary>
    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var cutoff = cutoffs.ProposalsBeforeUtc;
        var meetings = db.GetCollection<CodevMeeting>(MeetingStore.Collection);
        var expired = Proposals(db).Find(p => p.Status != ProposalStatus.Open).ToList()
            .Where(p => p.Status == ProposalStatus.Archived
                ? p.ArchivedAtUtc < cutoff
                : p.MeetingId is not { } meeting || meetings.FindById(meeting) is not { } m || m.StartsAtUtc < cutoff)
            .ToList();
        foreach (var proposal in expired) Proposals(db).Delete(proposal.Id);
        removed.Add("proposals", expired.Count);
    }

    /// <summary>Removes a withdrawn or erased proposal's message from the codev channel; a failure is only logged.</summary>
    public static async Task DeleteMessageAsync(IServiceProvider services, CodevProposal proposal, CancellationToken ct)
    {
        if (proposal.ChannelId is not { } channel || proposal.MessageTs is not { } ts) return;
        try
        {
            await services.GetRequiredService<ISlackApi>().DeleteMessageAsync(channel, ts, ct);
        }
        catch (SlackApiException ex)
        {
            services.GetRequiredService<ILogger<ProposalStore>>().LogWarning("Codev proposal message not deleted ({Error})", ex.Error);
        }
    }
}
