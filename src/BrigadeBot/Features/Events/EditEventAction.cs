using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Events;

/// <summary>« Modifier » (animators): the conference form, filled with what is stored.</summary>
public sealed class EditEventAction(EventStore events, ThemeCatalog themes, ISlackApi slack, BrigadeTimeZone zone, TimeProvider time,
    Animators animators, SlackMessenger messenger) : AnimatorAction(animators, messenger)
{
    protected override async Task HandleForAnimatorAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var conference = EventActionValue.IdOf(action) is { } id ? await events.FindAsync(id, ct) : null;
        if (conference is not { Status: ConferenceStatus.Scheduled } || conference.StartsAtUtc <= time.GetUtcNow().UtcDateTime)
        {
            await ReplyAsync(payload, conference is null ? EventMessageTexts.NotFound : EventsTexts.NotEditable, ct);
            return;
        }
        await slack.OpenViewAsync(payload.TriggerId ?? "",
            EventModal.Build(themes.All, new ReplyTarget(payload.ChannelId, payload.ResponseUrl), zone, conference), ct);
    }
}
