using BrigadeBot.Features.Common;
using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Scheduling;
using Quartz;

namespace BrigadeBot.Features.Codev;

/// <summary>The reminder DM registered members get the day before (24 hours before the start).</summary>
public sealed class MeetingReminders(MeetingStore meetings, ProposalStore proposals, IBrigadeScheduler scheduler,
    SlackMessenger messenger, BrigadeTimeZone zone, TimeProvider time, ILogger<MeetingReminders> log)
{
    public const string MeetingIdKey = "meetingId";
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(1);

    public static JobKey KeyOf(int meetingId) => new($"codev-reminder-{meetingId.ToString(CultureInfo.InvariantCulture)}", "codev");

    /// <summary>
    /// Fires 24 hours before the start. For a meeting scheduled less than a day ahead that moment is past: the job runs
    /// at once, while nobody is registered yet, so such a meeting gets no reminder.
    /// </summary>
    public Task ScheduleAsync(CodevMeeting meeting, CancellationToken ct) =>
        scheduler.ScheduleOnceAsync<MeetingReminderJob>(KeyOf(meeting.Id),
            new DateTimeOffset(meeting.StartsAtUtc, TimeSpan.Zero) - Ahead,
            new JobDataMap { [MeetingIdKey] = meeting.Id }, ct);

    /// <summary>Sends the reminder once: the claim in storage stops a second trigger from sending it again.</summary>
    public async Task SendAsync(int meetingId, CancellationToken ct)
    {
        if (await meetings.ClaimReminderAsync(meetingId, ct) is not { } meeting) return;
        if (meeting.StartsAtUtc <= time.GetUtcNow().UtcDateTime)
        {
            log.LogInformation("Codev meeting {Id} already started; its reminder is dropped", meetingId);
            return;
        }
        var message = Build(meeting, await proposals.FindAsync(meeting.ProposalId, ct));
        foreach (var memberId in meeting.RegisteredIds)
        {
            try
            {
                await messenger.SendDirectAsync(memberId, message, ct);
            }
            catch (SlackApiException ex)
            {
                log.LogWarning("Codev reminder for meeting {Id} not delivered to one member ({Error})", meetingId, ex.Error);
            }
        }
    }

    private SlackMessage Build(CodevMeeting meeting, CodevProposal? proposal) => new(MeetingTexts.ReminderFallback,
    [
        SectionBlock.Markdown(MeetingTexts.Reminder(MeetingAnnouncement.When(meeting, zone), FrenchDates.ZoneName(zone.Zone), meeting.Place, proposal?.Problem ?? "")),
        new ActionsBlock([MeetingAnnouncement.Buttons(meeting.Id, MeetingAnnouncement.When(meeting, zone))[1]]),
    ]);
}
