using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// « M'inscrire sur la liste d'attente » of a full meeting (value = the meeting), under the announcement, in
/// <c>/brigade codev</c> or on the App Home: the member is told their place in line.
/// </summary>
public sealed class JoinMeetingWaitlistAction(MeetingWaitlist waitlist, WaitlistStore entries, MeetingStore meetings, SlackMessenger messenger,
    IAppHome home, BrigadeTimeZone zone) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var memberId = payload.User.Id;
        var id = ActionReplies.IdOf(action);
        var (result, entry) = id is { } meetingId ? await waitlist.JoinAsync(meetingId, memberId, ct) : (RegistrationResult.NotFound, null);
        var text = entry switch
        {
            { OfferedPlace: not null } => MemberMeetingTexts.JoinedHeld,
            not null => MemberMeetingTexts.Joined(await meetings.FindAsync(id!.Value, ct) is { } meeting ? MeetingAnnouncement.When(meeting, zone) : "",
                await RankAsync(memberId, entry.Id, ct)),
            null => result switch
            {
                RegistrationResult.AlreadyRegistered => MeetingTexts.AlreadyRegistered,
                RegistrationResult.Closed => MeetingTexts.RegistrationClosed,
                _ => MeetingTexts.MeetingNotFound,
            },
        };
        if (action.ActionId == CodevIds.HomeJoinWaitlist) home.PublishNow(memberId, text);
        else await messenger.ReplyToAsync(payload, text, ct);
    }

    private async Task<int> RankAsync(string memberId, string entryId, CancellationToken ct) =>
        (await entries.OfMemberAsync(memberId, ct)).FirstOrDefault(e => e.Entry.Id == entryId).Rank;
}
