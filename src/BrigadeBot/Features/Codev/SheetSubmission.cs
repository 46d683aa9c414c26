using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Hosting;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>The sheet form's submit: a safe http(s) link, stored once on the meeting, then posted in the codev channel.</summary>
public sealed class SheetSubmission(MeetingStore meetings, ProposalStore proposals, Animators animators, CodevChannel channel,
    SlackMessenger messenger, SlackFollowUpQueue followUp, BrigadeTimeZone zone) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var target = ReplyTarget.FromMetadata(payload.View.PrivateMetadata);
        var userId = payload.User.Id;
        if (!animators.Contains(userId) || target.Id is not { } meetingId)
        {
            followUp.Enqueue("codev sheet refused", (_, token) =>
                target.ReplyAsync(messenger, userId, new SlackMessage(CommonTexts.AnimatorsOnly), token));
            return ViewSubmissionReply.Close();
        }
        var url = SheetModal.Read(payload.View);
        if (url is null || url.Length > 2000 || !Mrkdwn.IsSafeLinkUrl(url))
            return ViewSubmissionReply.WithError(CodevIds.SheetBlock, MeetingTexts.SheetInvalid);
        if (!await meetings.TrySetSheetAsync(meetingId, url, ct))
            return ViewSubmissionReply.WithError(CodevIds.SheetBlock, MeetingTexts.SheetAlreadyPublished);

        followUp.Enqueue($"codev publish sheet {meetingId}", async (_, token) =>
            await target.ReplyAsync(messenger, userId, new SlackMessage(await PublishAsync(meetingId, url, token)), token));
        return ViewSubmissionReply.Close();
    }

    private async Task<string> PublishAsync(int meetingId, string url, CancellationToken ct)
    {
        var meeting = meetings.Find(meetingId)!;
        var when = MeetingAnnouncement.When(meeting, zone);
        var topic = proposals.Find(meeting.ProposalId)?.Problem ?? "";
        var post = await channel.PostAsync(new SlackMessage(MeetingTexts.SheetAnnouncement(when, url, topic)), $"sheet of meeting {meetingId}", ct);
        return post.Posted is null ? MeetingTexts.SheetSavedNotPublished(when) : MeetingTexts.SheetPublished(when);
    }
}
