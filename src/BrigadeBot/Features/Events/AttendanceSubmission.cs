using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>
/// The attendance form's submit: stores who came and the replay; after the ack the announcement shows the replay, the
/// registrants who missed it receive it, and those newly marked present get the survey (if they accept surveys).
/// </summary>
public sealed class AttendanceSubmission(EventStore events, Animators animators, SlackFollowUpQueue followUp) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var target = ReplyTarget.FromMetadata(payload.View.PrivateMetadata);
        var userId = payload.User.Id;
        if (!animators.Contains(userId))
        {
            followUp.Enqueue("events animators only", (services, token) =>
                target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), userId, new(CommonTexts.AnimatorsOnly), token));
            return ViewSubmissionReply.Close();
        }
        var (present, replay) = AttendanceModal.Read(payload.View);
        if (replay is not null && !Mrkdwn.IsSafeLinkUrl(replay)) return ViewSubmissionReply.WithError(EventsIds.ReplayBlock, EventsTexts.ReplayInvalid);
        var outcome = await events.MarkAttendanceAsync(target.Id ?? 0, present.ToHashSet(StringComparer.Ordinal), replay, ct);
        if (outcome is null) return ViewSubmissionReply.WithError(EventsIds.ReplayBlock, EventMessageTexts.NotFound);

        followUp.Enqueue($"event attendance {outcome.Conference.Id}", async (services, token) =>
        {
            services.GetRequiredService<EventAnnouncements>().Request(outcome.Conference.Id);
            await target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), userId, new(EventsTexts.AttendanceSaved(
                outcome.Conference.AttendedIds.Count, outcome.Conference.RegisteredIds.Count, outcome.ReplayTo.Count)), token);
            var followUps = services.GetRequiredService<EventFollowUps>();
            var markedAt = outcome.Conference.AttendanceMarkedAtUtc ?? default;
            await followUps.SendAsync(outcome.Conference.Id, EventFollowUpKind.Replay, markedAt, outcome.ReplayTo, token);
            await followUps.SendAsync(outcome.Conference.Id, EventFollowUpKind.Survey, markedAt, outcome.NewlyPresent, token);
        });
        return ViewSubmissionReply.Close();
    }
}
