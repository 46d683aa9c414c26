using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>The attendance modal's submit: stores who came among the registrants; the report counts them.</summary>
public sealed class AttendanceSubmission(MeetingStore meetings, Animators animators, BrigadeTimeZone zone, DataChanges changes,
    SlackFollowUpQueue followUp) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var target = ReplyTarget.FromMetadata(payload.View.PrivateMetadata);
        var userId = payload.User.Id;
        string reply;
        if (!animators.Contains(userId)) reply = CommonTexts.AnimatorsOnly;
        else if (target.Id is not { } id || await meetings.FindAsync(id, ct) is not { } meeting) reply = MeetingTexts.MeetingNotFound;
        else
        {
            var ticked = AttendanceModal.Read(payload.View).Where(meeting.RegisteredIds.Contains).ToList();
            var saved = await meetings.SetAttendanceAsync(id, ticked, ct);
            reply = saved is null ? MeetingTexts.AttendanceTooEarly : MeetingTexts.AttendanceSaved(MeetingAnnouncement.When(saved, zone), saved.AttendedIds.Count);
            if (saved is not null) changes.Notify(DataChange.ForAnimators);
        }
        followUp.Enqueue("codev attendance reply", (services, token) =>
            target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), userId, new(reply), token));
        return ViewSubmissionReply.Close();
    }
}
