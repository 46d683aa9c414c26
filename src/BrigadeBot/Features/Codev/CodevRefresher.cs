using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>Keeps the codev channel messages (proposal counts, places left) in step with storage, a burst coalesced.</summary>
public sealed class CodevRefresher(MessageRedraws redraws, DataChanges changes)
{
    public void RequestProposal(int id)
    {
        changes.Notify(DataChange.ForEveryone); // the App Home lists open topics and their votes
        redraws.Request($"proposal-{id}", (services, ct) => services.GetRequiredService<CodevMessages>().RedrawProposalAsync(id, ct));
    }

    public void RequestMeeting(int id) =>
        redraws.Request($"meeting-{id}", (services, ct) => services.GetRequiredService<CodevMessages>().RedrawMeetingAsync(id, ct));
}
