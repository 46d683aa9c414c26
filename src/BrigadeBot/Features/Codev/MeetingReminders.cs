using BrigadeBot.Features.Common;
using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Scheduling;
using Quartz;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The reminder DM registered members get the day before (24 hours before the start). Each member's delivery mark keeps
/// it to one DM each; when Slack cannot be reached it is tried again until the meeting starts.
/// </summary>
public sealed class MeetingReminders(MeetingStore meetings, ProposalStore proposals, IBrigadeScheduler scheduler,
    SlackMessenger messenger, DeliveryRetries retries, BrigadeTimeZone zone, TimeProvider time, ILogger<MeetingReminders> log)
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
            new DateTimeOffset(meeting.StartsAtUtc, TimeSpan.Zero) - Ahead, Data(meeting.Id), ct);

    /// <summary>Sends the reminder to each registered member who has not had it, until the meeting starts.</summary>
    public async Task SendAsync(int meetingId, CancellationToken ct)
    {
        if (await meetings.FindAsync(meetingId, ct) is not { Status: MeetingStatus.Scheduled, ReminderSentAtUtc: null } meeting) return;
        if (meeting.StartsAtUtc <= time.GetUtcNow().UtcDateTime)
        {
            log.LogInformation("Codev meeting {Id} already started; its reminder is dropped", meetingId);
            await meetings.FinishReminderAsync(meetingId, meeting.StartsAtUtc, ct);
            return;
        }
        var what = $"Codev reminder for meeting {meetingId}";
        var message = Build(meeting, await proposals.FindAsync(meeting.ProposalId, ct));
        // The start is part of the message's identity: a moved meeting's reminder goes again, to everyone.
        var id = $"codev-reminder-{meetingId.ToString(CultureInfo.InvariantCulture)}@{meeting.StartsAtUtc.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)}";
        if (await retries.SendToEachOrRetryAsync<MeetingReminderJob>(what, id, meeting.RegisteredIds, meeting.StartsAtUtc,
                (memberId, token) => messenger.SendDirectAsync(memberId, message, token), KeyOf(meetingId), Data(meetingId), ct))
            return;
        await meetings.FinishReminderAsync(meetingId, meeting.StartsAtUtc, ct);
    }

    private static JobDataMap Data(int meetingId) => new() { [MeetingIdKey] = meetingId };

    private SlackMessage Build(CodevMeeting meeting, CodevProposal? proposal) => new(MeetingTexts.ReminderFallback,
    [
        SectionBlock.Markdown(MeetingTexts.Reminder(MeetingAnnouncement.When(meeting, zone), FrenchDates.ZoneName(zone.Zone), meeting.Place, proposal?.Problem ?? "")),
        new ActionsBlock([MeetingAnnouncement.Buttons(meeting.Id, MeetingAnnouncement.When(meeting, zone))[1]]),
    ]);
}
