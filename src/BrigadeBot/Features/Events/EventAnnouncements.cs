using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>Keeps a conference's announcement (places left, replay, cancellation) and the App Homes in step with storage.</summary>
public sealed class EventAnnouncements(MessageRedraws redraws, DataChanges changes)
{
    public void Request(int id)
    {
        changes.Notify(DataChange.ForEveryone); // registrations show on the members' App Home
        redraws.Request($"event-{id}", (services, ct) => RedrawAsync(services, id, ct));
    }

    private static async Task RedrawAsync(IServiceProvider services, int id, CancellationToken ct)
    {
        var events = services.GetRequiredService<EventStore>();
        if (await events.FindAsync(id, ct) is not { ChannelId: { } channel, MessageTs: { } ts } conference) return;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await services.GetRequiredService<ISlackApi>().UpdateMessageAsync(channel, ts,
            EventAnnouncement.Build(conference, services.GetRequiredService<EventDisplay>(), now), ct);
    }
}
