using System.Globalization;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The meeting modal's submit: checks each field, schedules, then tells the author and announces after the ack. From
/// « Modifier » (the meeting's id in the target), it edits the coming meeting and tells its registrants instead.
/// </summary>
public sealed class MeetingSubmission(MeetingStore meetings, Animators animators, BrigadeTimeZone zone, TimeProvider time,
    SlackFollowUpQueue followUp, MemberLimits limits, MeetingWaitlist waitlist) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var target = ReplyTarget.FromMetadata(payload.View.PrivateMetadata);
        if (!animators.Contains(payload.User.Id))
        {
            followUp.Enqueue("codev animators only", (services, token) => target.ReplyAsync(
                services.GetRequiredService<SlackMessenger>(), payload.User.Id, new(CommonTexts.AnimatorsOnly), token));
            return ViewSubmissionReply.Close();
        }
        var (draft, errors) = Check(MeetingModal.Read(payload.View));
        if (draft is null) return ViewSubmissionReply.WithErrors(errors);
        if (target.Id is { } editedId) return await EditAsync(editedId, draft, payload.User.Id, target, ct);
        if (limits.TryTake(CodevIds.MeetingsLimit, payload.User.Id) is { } refusal)
            return ViewSubmissionReply.WithError(CodevIds.TopicBlock, refusal);

        var meeting = await meetings.ScheduleAsync(draft, payload.User.Id, ct);
        if (meeting is null) return ViewSubmissionReply.WithError(CodevIds.TopicBlock, MeetingTexts.TopicTaken);
        var animatorId = payload.User.Id;
        followUp.Enqueue($"codev announce meeting {meeting.Id}", (services, token) =>
            services.GetRequiredService<MeetingService>().AnnounceAsync(meeting.Id, animatorId, target, token));
        return ViewSubmissionReply.Close();
    }

    private async Task<ViewSubmissionReply> EditAsync(int id, MeetingDraft draft, string animatorId, ReplyTarget target, CancellationToken ct)
    {
        if (await meetings.FindAsync(id, ct) is { } current && draft.Capacity < current.RegisteredIds.Count)
            return ViewSubmissionReply.WithError(CodevIds.CapacityBlock, MeetingTexts.CapacityBelowRegistered(current.RegisteredIds.Count));
        if (await meetings.EditAsync(id, draft, ct) is not var (meeting, offers))
            return ViewSubmissionReply.WithError(CodevIds.DateBlock, MeetingTexts.CannotEdit);
        waitlist.Announce(offers);
        followUp.Enqueue($"codev meeting {id} edited", async (services, token) =>
        {
            await services.GetRequiredService<MeetingReminders>().ScheduleAsync(meeting, token);
            services.GetRequiredService<CodevRefresher>().RequestMeeting(id);
            services.GetRequiredService<DataChanges>().Notify(DataChange.ForEveryone);
            await services.GetRequiredService<MeetingNotices>().ChangedAsync(id, token);
            await target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), animatorId,
                new(MeetingTexts.Edited(MeetingAnnouncement.When(meeting, zone), meeting.RegisteredIds.Count)), token);
        });
        return ViewSubmissionReply.Close();
    }

    private (MeetingDraft? Draft, Dictionary<string, string> Errors) Check(MeetingForm form)
    {
        var errors = new Dictionary<string, string>();
        var date = DateOnly.TryParseExact(form.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var start = TimeOnly.TryParseExact(form.Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
        if (date is null) errors[CodevIds.DateBlock] = MeetingTexts.DateMissing;
        if (start is null) errors[CodevIds.StartBlock] = MeetingTexts.StartMissing;
        DateTimeOffset? startsAt = date is { } day && start is { } hour ? zone.ToUtc(day, hour) : null;
        if (startsAt <= time.GetUtcNow()) errors[CodevIds.DateBlock] = MeetingTexts.DateInPast;

        var place = form.Place?.Trim();
        if (string.IsNullOrEmpty(place)) errors[CodevIds.PlaceBlock] = MeetingTexts.PlaceMissing;
        else if (place.Length > MeetingTexts.PlaceMax) errors[CodevIds.PlaceBlock] = MeetingTexts.PlaceTooLong;
        var duration = Whole(form.Duration, 15, 480);
        if (duration is null) errors[CodevIds.DurationBlock] = MeetingTexts.DurationInvalid;
        var capacity = Whole(form.Capacity, 1, 100);
        if (capacity is null) errors[CodevIds.CapacityBlock] = MeetingTexts.CapacityInvalid;
        var teamTopic = string.IsNullOrWhiteSpace(form.TeamTopic) ? null : form.TeamTopic.Trim();
        if (teamTopic?.Length is < CodevTexts.ProblemMin or > CodevTexts.ProblemMax) errors[CodevIds.TeamTopicBlock] = CodevTexts.ProblemLength;
        var proposalId = teamTopic is null ? Whole(form.ProposalId, 1, int.MaxValue) : 0;
        if (proposalId is null) errors[CodevIds.TopicBlock] = MeetingTexts.TopicMissing;

        return errors.Count > 0
            ? (null, errors)
            : (new MeetingDraft(proposalId!.Value, startsAt!.Value.UtcDateTime, duration!.Value, place!, capacity!.Value, teamTopic), errors);
    }

    private static int? Whole(string? text, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
