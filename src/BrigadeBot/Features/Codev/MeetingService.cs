using Brigade.Slack;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>After a meeting is scheduled: the reminder, the author's DM first, then the channel announcement.</summary>
public sealed class MeetingService(MeetingStore meetings, ProposalStore proposals, MeetingReminders reminders,
    CodevRefresher refresher, CodevChannel channel, ISlackApi slack, SlackMessenger messenger, BrigadeTimeZone zone,
    IOptions<SlackOptions> slackOptions, ILogger<MeetingService> log)
{
    public async Task AnnounceAsync(int meetingId, string animatorId, ReplyTarget target, CancellationToken ct)
    {
        if (await meetings.FindAsync(meetingId, ct) is not { } meeting) return;
        var proposal = await proposals.FindAsync(meeting.ProposalId, ct);
        var when = MeetingAnnouncement.When(meeting, zone);
        await reminders.ScheduleAsync(meeting, ct);
        refresher.RequestProposal(meeting.ProposalId); // its vote button gives way to « Retenue »

        var authorTold = proposal is null or { TeamTopic: true } || await TellAuthorAsync(proposal, meeting, when, ct); // before the channel hears it
        var announced = await PostAnnouncementAsync(meeting, proposal, when, ct);
        var reply = authorTold ? announced : $"{announced}\n{MeetingTexts.AuthorNotTold}";
        await target.ReplyAsync(messenger, animatorId, new SlackMessage(reply), ct);
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
        var post = await channel.PostAsync(MeetingAnnouncement.Build(meeting, proposal, zone), $"meeting {meeting.Id}", ct);
        if (post.Posted is not { } posted) return MeetingTexts.NotAnnounced(when, post.Error ?? "");
        await meetings.SetMessageAsync(meeting.Id, posted.Channel, posted.Ts, ct);
        return MeetingTexts.Scheduled(when, await slack.TryGetAsync(posted, ct), slackOptions.Value.Command);
    }
}
