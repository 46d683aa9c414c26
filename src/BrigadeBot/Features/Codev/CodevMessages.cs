using Brigade.Slack.WebApi;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>Redraws a posted proposal or meeting announcement from what storage holds now.</summary>
public sealed class CodevMessages(ProposalStore proposals, MeetingStore meetings, ISlackApi slack, BrigadeTimeZone zone)
{
    public async Task RedrawProposalAsync(int id, CancellationToken ct)
    {
        if (await proposals.FindAsync(id, ct) is not { ChannelId: { } channel, MessageTs: { } ts } proposal) return;
        await slack.UpdateMessageAsync(channel, ts, ProposalMessage.Build(proposal), ct);
    }

    public async Task RedrawMeetingAsync(int id, CancellationToken ct)
    {
        if (await meetings.FindAsync(id, ct) is not { ChannelId: { } channel, MessageTs: { } ts } meeting) return;
        await slack.UpdateMessageAsync(channel, ts, MeetingAnnouncement.Build(meeting, await proposals.FindAsync(meeting.ProposalId, ct), zone), ct);
    }
}
