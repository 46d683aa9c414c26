using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Codev;

/// <summary>Proposals and votes in the inventory, export, correction (withdrawal), erasure and retention.</summary>
public sealed partial class ProposalStore : IPersonalDataStore
{
    /// <summary>After the meeting (or the archiving of a proposal no meeting took): proposals, votes, registrations.</summary>
    public static readonly RetentionKind Retention = new("Proposals", 12);

    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(CodevProposal),
        "Choisir par vote les sujets des rencontres de codéveloppement.",
        "Tous les membres voient le texte et le nombre de votes ; l'auteur·e seulement si elle ou il l'a choisi ; "
        + "les personnes animatrices voient l'auteur·e et les votes.",
        "`Privacy:Retention:ProposalsMonths` après la rencontre ou l'archivage ; effacé par `oublier` ou retiré par `corriger`.",
    [
        F("Id", "Numéro de la proposition.", true), F("Problem", "Problématique, texte libre (1 000 caractères au plus).", true),
        F("Context", "Contexte facultatif (2 000 caractères au plus).", true), F("AuthorId", "Identifiant Slack de l'auteur·e.", true),
        F("ShowAuthor", "Nom affiché avec la proposition (choix de l'auteur·e).", true), F("CreatedAtUtc", "Moment de la proposition.", true),
        F("Status", "Ouverte, retenue ou archivée.", true),
        F("VoterIds", "Identifiants Slack des votant·es (chacun·e ne reçoit que ses propres votes).", true),
        F("ChannelId", "Canal du message publié."), F("MessageTs", "Message publié."), F("MeetingId", "Rencontre qui l'a retenue."),
        F("ArchivedAtUtc", "Moment de l'archivage.", true),
        F("MergedIntoId", "Proposition dans laquelle une personne animatrice l'a fusionnée (ses votes y sont reportés)."),
        F("TeamTopic", "Sujet choisi par l'équipe d'animation plutôt que proposé par un·e membre."),
    ], Retention);

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
            var messages = services.GetRequiredService<ProposalMessages>();
            foreach (var proposal in posted) await messages.DeleteAsync(proposal, ct);
            var refresher = services.GetRequiredService<CodevRefresher>();
            foreach (var proposal in voted) refresher.RequestProposal(proposal.Id);
        });
    }

    /// <summary>Archived proposals, and selected ones whose meeting is older than the cutoff (or gone).</summary>
    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var cutoff = cutoffs.Before(Retention);
        var meetings = db.GetCollection<CodevMeeting>(MeetingStore.Collection);
        var expired = Proposals(db).Find(p => p.Status != ProposalStatus.Open).ToList()
            .Where(p => p.Status == ProposalStatus.Archived
                ? p.ArchivedAtUtc < cutoff
                : p.MeetingId is not { } meeting || meetings.FindById(meeting) is not { } m || m.StartsAtUtc < cutoff)
            .ToList();
        foreach (var proposal in expired) Proposals(db).Delete(proposal.Id);
        removed.Add("proposals", expired.Count);
    }
}
