using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// « Je serai là » / « Je ne peux plus » under an announcement (or a reminder), « M'inscrire » / « Me désinscrire » in
/// <c>/brigade codev</c> and on the App Home, « Prendre cette place » in a waiting-list offer: one place each, within
/// capacity. The member gets the <c>.ics</c> (or its cancellation) by DM after the acknowledgement; a place given back goes
/// to the waiting list; from the Home, the Home is redrawn with what happened.
/// </summary>
public sealed class RegistrationAction(MeetingStore meetings, MeetingWaitlist waitlist, CodevRefresher refresher, SlackMessenger messenger,
    SlackFollowUpQueue followUp, DataChanges changes, IAppHome home, BrigadeTimeZone zone, CommunityMetrics metrics) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var fromHome = action.ActionId is CodevIds.HomeRegister or CodevIds.HomeUnregister;
        var memberId = payload.User.Id;
        if (ActionReplies.IdOf(action) is not { } id)
        {
            await ReplyAsync(payload, fromHome, MeetingTexts.MeetingNotFound, ct);
            return;
        }
        var outcome = action.ActionId is CodevIds.Register or CodevIds.HomeRegister or CodevIds.TakeOffer
            ? await meetings.RegisterAsync(id, memberId, ct)
            : await meetings.UnregisterAsync(id, memberId, ct);
        if (outcome.Result is RegistrationResult.Registered or RegistrationResult.Unregistered)
        {
            refresher.RequestMeeting(id);
            changes.Notify(DataChange.ForAnimatorsAnd(memberId));
            metrics.Registration("codev", outcome.Result == RegistrationResult.Registered ? CommunityMetrics.Made : CommunityMetrics.Cancelled);
            var registered = outcome.Result == RegistrationResult.Registered;
            followUp.Enqueue($"codev calendar file {id}", (services, token) => registered
                ? services.GetRequiredService<MeetingNotices>().RegisteredAsync(id, memberId, token)
                : services.GetRequiredService<MeetingNotices>().UnregisteredAsync(id, memberId, token));
            waitlist.Announce(outcome.Offers);
        }
        if (outcome.Result == RegistrationResult.Full && !fromHome)
        {
            await messenger.ReplyToAsync(payload, new SlackMessage(MemberMeetingTexts.FullWithWaitlist,
                [SectionBlock.Markdown(MemberMeetingTexts.FullWithWaitlist), new ActionsBlock([WaitlistButtons.Join(id, outcome.Meeting is { } m ? MeetingAnnouncement.When(m, zone) : "", onHome: false)])]),
                ct: ct);
            return;
        }
        await ReplyAsync(payload, fromHome, outcome switch
        {
            { Result: RegistrationResult.Registered, Meeting: { } m } => MeetingTexts.Registered(MeetingAnnouncement.When(m, zone), m.PlacesLeft),
            { Result: RegistrationResult.AlreadyRegistered } => MeetingTexts.AlreadyRegistered,
            { Result: RegistrationResult.Full } => MemberMeetingTexts.FullWithWaitlist,
            { Result: RegistrationResult.Unregistered } => MeetingTexts.Unregistered,
            { Result: RegistrationResult.NotRegistered } => MeetingTexts.NotRegistered,
            { Result: RegistrationResult.Closed } => MeetingTexts.RegistrationClosed,
            _ => MeetingTexts.MeetingNotFound,
        }, ct);
    }

    private Task ReplyAsync(BlockActionsPayload payload, bool fromHome, string text, CancellationToken ct)
    {
        if (!fromHome) return messenger.ReplyToAsync(payload, text, ct);
        home.PublishNow(payload.User.Id, text);
        return Task.CompletedTask;
    }
}
