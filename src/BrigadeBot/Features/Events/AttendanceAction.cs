using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Events;

/// <summary>« Présences » (animators): the attendance form of a conference that has started.</summary>
public sealed class AttendanceAction(EventStore events, EventDisplay display, ISlackApi slack, TimeProvider time, IAccessAudit audit,
    Animators animators, SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var conference = EventActionValue.IdOf(action) is { } id ? await events.FindAsync(id, ct) : null;
        if (conference is not { Status: ConferenceStatus.Scheduled })
        {
            await ReplyAsync(payload, EventMessageTexts.NotFound, ct);
            return;
        }
        if (conference.StartsAtUtc > time.GetUtcNow().UtcDateTime)
        {
            await ReplyAsync(payload, EventsTexts.AttendanceTooEarly, ct);
            return;
        }
        await slack.OpenViewAsync(payload.TriggerId ?? "",
            AttendanceModal.Build(conference, display, new ReplyTarget(payload.ChannelId, payload.ResponseUrl)), ct);
        await audit.RecordAsync(payload.User.Id, AuditActions.Read, conference.RegisteredIds, ct);
    }
}
