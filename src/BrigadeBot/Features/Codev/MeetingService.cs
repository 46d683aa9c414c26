using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Hosting;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>After a meeting is scheduled: the reminder, the author's DM first, then the channel announcement.</summary>
public sealed class MeetingService(MeetingStore meetings, ProposalStore proposals, MeetingReminders reminders,
    CodevRefresher refresher, ISlackApi slack, SlackMessenger messenger, BrigadeTimeZone zone,
    IOptionsMonitor<BrigadeOptions> brigade, ILogger<MeetingService> log)
{
    public async Task AnnounceAsync(int meetingId, string animatorId, ReplyTarget target, CancellationToken ct)
    {
        if (meetings.Find(meetingId) is not { } meeting) return;
        var proposal = proposals.Find(meeting.ProposalId);
        var when = MeetingAnnouncement.When(meeting, zone);
        await reminders.ScheduleAsync(meeting, ct);
        refresher.RequestProposal(meeting.ProposalId); // its vote button gives way to « Retenue »

        var notes = new List<string>();
        if (proposal is not null && !await TellAuthorAsync(proposal, meeting, when, ct)) notes.Add(MeetingTexts.AuthorNotTold);
        notes.Insert(0, await PostAnnouncementAsync(meeting, proposal, when, ct));
        await target.ReplyAsync(messenger, animatorId, new SlackMessage(string.Join("\n", notes)), ct);
    }

    private async Task<bool> TellAuthorAsync(CodevProposal proposal, CodevMeeting meeting, string when, CancellationToken ct)
    {
        try
        {
            await messenger.SendDirectAsync(proposal.AuthorId,
                new SlackMessage(MeetingTexts.AuthorDirect(proposal.Id, proposal.Problem, when, meeting.Place)), ct);
            return true;
        }
        catch (SlackApiException ex)
        {
            log.LogError("Telling the author of proposal {Id} failed ({Error})", proposal.Id, ex.Error);
            return false;
        }
    }

    /// <summary>Posts the announcement; returns what the animator is told about it.</summary>
    private async Task<string> PostAnnouncementAsync(CodevMeeting meeting, CodevProposal? proposal, string when, CancellationToken ct)
    {
        var channel = brigade.CurrentValue.Channels.Codev;
        if (string.IsNullOrEmpty(channel)) return MeetingTexts.NotAnnounced(when, "Brigade:Channels:Codev");
        try
        {
            var posted = await slack.PostMessageAsync(channel, MeetingAnnouncement.Build(meeting, proposal, zone), ct);
            await meetings.SetMessageAsync(meeting.Id, posted.Channel, posted.Ts, ct);
            return MeetingTexts.Scheduled(when, await slack.TryGetAsync(posted, ct));
        }
        catch (SlackApiException ex)
        {
            log.LogError("Announcing codev meeting {Id} failed ({Error})", meeting.Id, ex.Error);
            return MeetingTexts.NotAnnounced(when, ex.Error);
        }
    }
}
