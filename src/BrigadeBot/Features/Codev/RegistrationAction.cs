using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>« Je serai là » and « Je ne peux plus » under an announcement (or a reminder): one place each, within capacity.</summary>
public sealed class RegistrationAction(MeetingStore meetings, CodevRefresher refresher, SlackMessenger messenger, BrigadeTimeZone zone,
    CommunityMetrics metrics) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (ActionReplies.IdOf(action) is not { } id)
        {
            await messenger.ReplyToAsync(payload, MeetingTexts.MeetingNotFound, ct);
            return;
        }
        var outcome = action.ActionId == CodevIds.Register
            ? await meetings.RegisterAsync(id, payload.User.Id, ct)
            : await meetings.UnregisterAsync(id, payload.User.Id, ct);
        if (outcome.Result is RegistrationResult.Registered or RegistrationResult.Unregistered)
        {
            refresher.RequestMeeting(id);
            metrics.Registration("codev", outcome.Result == RegistrationResult.Registered ? CommunityMetrics.Made : CommunityMetrics.Cancelled);
        }
        await messenger.ReplyToAsync(payload, outcome switch
        {
            { Result: RegistrationResult.Registered, Meeting: { } m } => MeetingTexts.Registered(MeetingAnnouncement.When(m, zone), m.PlacesLeft),
            { Result: RegistrationResult.AlreadyRegistered } => MeetingTexts.AlreadyRegistered,
            { Result: RegistrationResult.Full } => MeetingTexts.Full,
            { Result: RegistrationResult.Unregistered } => MeetingTexts.Unregistered,
            { Result: RegistrationResult.NotRegistered } => MeetingTexts.NotRegistered,
            { Result: RegistrationResult.Closed } => MeetingTexts.RegistrationClosed,
            _ => MeetingTexts.MeetingNotFound,
        }, ct);
    }
}
