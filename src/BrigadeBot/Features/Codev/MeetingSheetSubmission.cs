using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The sheet form's submit: a safe http(s) link and a theme; the link is stored once on the meeting, the sheet is
/// added to the sheet catalogue (found with /brigade fiche, announced there), then posted in the codev channel.
/// </summary>
public sealed class MeetingSheetSubmission(MeetingStore meetings, ProposalStore proposals, Animators animators, CodevChannel channel,
    ISheetPublisher sheets, ThemeCatalog themes, SlackMessenger messenger, SlackFollowUpQueue followUp, BrigadeTimeZone zone,
    ILogger<MeetingSheetSubmission> log) : IViewSubmissionHandler
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
        var entry = MeetingSheetModal.Read(payload.View);
        var errors = new Dictionary<string, string>();
        if (!SheetLimits.IsWebUrl(entry.Url)) errors[CodevIds.SheetBlock] = MeetingTexts.SheetInvalid;
        if (themes.BySlug(entry.ThemeSlug) is null) errors[CodevIds.SheetThemeBlock] = MeetingTexts.SheetThemeMissing;
        if (errors.Count > 0) return ViewSubmissionReply.WithErrors(errors);
        var url = entry.Url!;
        if (!await meetings.TrySetSheetAsync(meetingId, url, ct))
            return ViewSubmissionReply.WithError(CodevIds.SheetBlock, MeetingTexts.SheetAlreadyPublished);

        followUp.Enqueue($"codev publish sheet {meetingId}", async (_, token) =>
            await target.ReplyAsync(messenger, userId, new SlackMessage(await PublishAsync(meetingId, entry, userId, token)), token));
        return ViewSubmissionReply.Close();
    }

    private async Task<string> PublishAsync(int meetingId, MeetingSheetModal.Entry entry, string userId, CancellationToken ct)
    {
        var meeting = (await meetings.FindAsync(meetingId, ct))!;
        var when = MeetingAnnouncement.When(meeting, zone);
        var topic = (await proposals.FindAsync(meeting.ProposalId, ct))?.Problem ?? "";
        var url = entry.Url!;
        try
        {
            await sheets.PublishMeetingSheetAsync(MemberText.OneLine(entry.Title ?? topic, SheetLimits.TitleMax), entry.ThemeSlug!,
                MemberText.OneLine(entry.Summary ?? topic, SheetLimits.SummaryMax), url, userId, ct);
        }
        catch (ArgumentException ex)
        {
            log.LogWarning("The sheet of codev meeting {Id} was not added to the catalogue: {Reason}", meetingId, ex.Message);
        }
        var post = await channel.PostAsync(new SlackMessage(MeetingTexts.SheetAnnouncement(when, url, topic)), $"sheet of meeting {meetingId}", ct);
        return post.Posted is null ? MeetingTexts.SheetSavedNotPublished(when) : MeetingTexts.SheetPublished(when);
    }
}
