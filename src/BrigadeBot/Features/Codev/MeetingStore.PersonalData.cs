using System.Text.Json.Nodes;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common.Waitlists;
using LiteDB;
using static BrigadeBot.Features.Common.Privacy.PersonalDataCollection;

namespace BrigadeBot.Features.Codev;

/// <summary>Meeting registrations in the inventory, export, erasure and retention.</summary>
public sealed partial class MeetingStore : IPersonalDataStore
{
    public static readonly PersonalDataCollection Inventory = new(Collection, typeof(CodevMeeting),
        "Organiser les rencontres de codéveloppement et leurs inscriptions.",
        "Les personnes animatrices voient les inscrit·es ; les membres ne voient que le nombre de places.",
        "`Privacy:Retention:ProposalsMonths` après la rencontre ; à l'effacement, une inscription passée devient anonyme.",
    [
        F("Id", "Numéro de la rencontre.", true), F("ProposalId", "Sujet retenu.", true), F("StartsAtUtc", "Début.", true),
        F("DurationMinutes", "Durée."), F("Place", "Lieu.", true), F("Capacity", "Places."),
        F("RegisteredIds", "Identifiants Slack des inscrit·es (chacun·e ne reçoit que sa propre inscription).", true),
        F("CreatedBy", "Personne animatrice qui l'a planifiée."), F("CreatedAtUtc", "Planification."),
        F("ChannelId", "Canal de l'annonce."), F("MessageTs", "Message de l'annonce."), F("ReminderSentAtUtc", "Rappel envoyé."),
        F("Status", "Planifiée, close ou annulée.", true), F("ClosedAtUtc", "Clôture."), F("SheetUrl", "Fiche de connaissances publiée."),
        F("Sequence", "Version de l'invitation d'agenda (augmente à chaque modification)."), F("UpdatedAtUtc", "Dernière modification."),
        F("CancelledAtUtc", "Annulation."),
        F("AttendedIds", "Identifiants Slack des personnes présentes, marquées par une personne animatrice (chacun·e ne reçoit que sa propre présence).", true),
    ], ProposalStore.Retention);

    public void Export(ILiteDatabase db, string memberId, MemberExport export)
    {
        foreach (var meeting in Meetings(db).FindAll().Where(m => m.RegisteredIds.Contains(memberId)).OrderBy(m => m.StartsAtUtc))
            export.Add("registrations", new JsonObject
            {
                ["meeting"] = meeting.Id,
                ["proposal"] = meeting.ProposalId,
                ["starts_at"] = export.Date(meeting.StartsAtUtc),
                ["place"] = meeting.Place,
                ["status"] = meeting.Status.ToString().ToLowerInvariant(),
                ["attended"] = meeting.AttendedIds.Contains(memberId),
            });
    }

    /// <summary>
    /// A coming meeting frees the member's place (offered to its waiting list once the erasure is committed); a past one keeps an anonymous place-holder (the same in its attendance) so
    /// its registration and attendance counts stay.
    /// </summary>
    public void Erase(ILiteDatabase db, string memberId, Erasure erasure)
    {
        var changed = Meetings(db).FindAll().Where(m => m.RegisteredIds.Contains(memberId) || m.AttendedIds.Contains(memberId)).ToList();
        var freed = new List<int>();
        foreach (var meeting in changed)
        {
            var placeholder = "anonyme-" + Guid.NewGuid().ToString("N")[..12];
            var index = meeting.RegisteredIds.IndexOf(memberId);
            if (index >= 0 && meeting.Status == MeetingStatus.Scheduled && meeting.StartsAtUtc > erasure.NowUtc)
            {
                meeting.RegisteredIds.RemoveAt(index);
                freed.Add(meeting.Id);
            }
            else if (index >= 0) meeting.RegisteredIds[index] = placeholder;
            var attended = meeting.AttendedIds.IndexOf(memberId);
            if (attended >= 0) meeting.AttendedIds[attended] = placeholder;
            Meetings(db).Update(meeting);
        }
        erasure.Removed.Add("registrations", changed.Count);
        var redraw = changed.Select(m => m.Id).ToList();
        if (redraw.Count > 0)
            erasure.Then("erasure: codev meetings", async (services, ct) =>
            {
                var refresher = services.GetRequiredService<CodevRefresher>();
                foreach (var id in redraw) refresher.RequestMeeting(id);
                var holds = services.GetRequiredService<WaitlistHolds>();
                foreach (var id in freed) await holds.ReleaseAsync(MeetingQueues.Owner, MeetingQueues.Of(id), ct);
            });
    }

    public void Expire(ILiteDatabase db, RetentionCutoffs cutoffs, RetentionCounts removed)
    {
        var cutoff = cutoffs.Before(ProposalStore.Retention);
        // A meeting's waiting list has no purpose once the meeting has started, closed or gone.
        removed.Add("waitlists", WaitlistStore.CloseWhere(db, MeetingQueues.Owner, queue =>
            MeetingQueues.MeetingOf(queue) is not { } id || Meetings(db).FindById(id) is not { Status: MeetingStatus.Scheduled } meeting
            || meeting.StartsAtUtc <= cutoffs.NowUtc));
        removed.Add("meetings", Meetings(db).DeleteMany(m => m.StartsAtUtc < cutoff));
    }
}
