using Brigade.Slack.FollowUp;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Events;

/// <summary>
/// The conference form's submit, new or edited: checks each field, stores, then announces (or carries the change to the
/// channel and the registrants) after the ack.
/// </summary>
public sealed class EventSubmission(EventStore events, EventFormCheck check, Animators animators, SlackFollowUpQueue followUp,
    MemberLimits limits) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionReply> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var target = ReplyTarget.FromMetadata(payload.View.PrivateMetadata);
        var userId = payload.User.Id;
        if (!animators.Contains(userId))
        {
            Reply(target, userId, CommonTexts.AnimatorsOnly);
            return ViewSubmissionReply.Close();
        }
        var (draft, errors) = check.Check(EventModal.Read(payload.View));
        if (draft is null) return ViewSubmissionReply.WithErrors(errors);

        if (payload.View.CallbackId == EventsIds.EditModal)
        {
            var edit = await events.EditAsync(target.Id ?? 0, draft, ct);
            if (edit.Error is { } error)
                return ViewSubmissionReply.WithError(error == EventsTexts.NotEditable ? EventsIds.TitleBlock : EventsIds.CapacityBlock, error);
            followUp.Enqueue($"event edited {edit.Conference!.Id}", async (services, token) =>
            {
                await services.GetRequiredService<EventService>().EditedAsync(edit, token);
                await target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), userId, new(EventMessageTexts.Edited), token);
            });
            return ViewSubmissionReply.Close();
        }

        if (limits.TryTake(EventsIds.CreationsLimit, userId) is { } refusal)
            return ViewSubmissionReply.WithError(EventsIds.TitleBlock, refusal);
        var conference = await events.AddAsync(draft, userId, ct);
        followUp.Enqueue($"event announce {conference.Id}", async (services, token) =>
        {
            var told = await services.GetRequiredService<EventService>().AnnounceAsync(conference.Id, token);
            await target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), userId, new(told), token);
        });
        return ViewSubmissionReply.Close();
    }

    private void Reply(ReplyTarget target, string userId, string text) =>
        followUp.Enqueue("events animators only", (services, token) =>
            target.ReplyAsync(services.GetRequiredService<SlackMessenger>(), userId, new(text), token));
}
