using Brigade.Slack;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Events;

/// <summary>After the ack: announces a new conference, and carries an edit or a cancellation to the channel and the registrants.</summary>
public sealed class EventService(EventStore events, EventsChannel channel, EventReminders reminders, EventNotifier notifier,
    EventAnnouncements announcements, EventDisplay display, TimeProvider time, ISlackApi slack,
    IOptions<SlackOptions> slackOptions)
{
    /// <summary>Schedules the reminders and posts the announcement; returns what the animator is told.</summary>
    public async Task<string> AnnounceAsync(int id, CancellationToken ct)
    {
        if (await events.FindAsync(id, ct) is not { } conference) return EventMessageTexts.NotFound;
        await reminders.ScheduleAsync(conference, ct);
        var when = display.When(conference);
        var (posted, error) = await channel.PostAsync(EventAnnouncement.Build(conference, display, time.GetUtcNow().UtcDateTime), ct);
        announcements.Request(id); // the Home, and the message if a click came in before its ts was stored
        if (posted is null) return EventMessageTexts.NotAnnounced(when, error ?? "");
        await events.SetMessageAsync(id, posted.Channel, posted.Ts, ct);
        return EventMessageTexts.Created(when, posted.Channel, await slack.TryGetAsync(posted, ct), slackOptions.Value.Command);
    }

    public async Task EditedAsync(EventEdit edit, CancellationToken ct)
    {
        if (edit.Conference is not { } conference) return;
        await reminders.ScheduleAsync(conference, ct);
        announcements.Request(conference.Id);
        foreach (var memberId in edit.Promoted) await notifier.PromotedAsync(conference, memberId, ct);
        await notifier.UpdatedAsync(conference, ct);
    }

    public async Task CancelledAsync(Conference conference, CancellationToken ct)
    {
        await reminders.UnscheduleAsync(conference.Id, ct);
        announcements.Request(conference.Id);
        await notifier.CancelledAsync(conference, ct);
    }

    /// <summary>After a click: the announcement redrawn, the member's calendar file, and the freed place's new owner told.</summary>
    public async Task RegistrationChangedAsync(EventRegistration registration, string memberId, CancellationToken ct)
    {
        if (registration.Conference is not { } conference) return;
        announcements.Request(conference.Id);
        if (registration.Result == EventRegistrationResult.Registered) await notifier.RegisteredAsync(conference, memberId, ct);
        if (registration.Result == EventRegistrationResult.Unregistered) await notifier.LeftAsync(conference, memberId, ct);
        foreach (var promoted in registration.Promoted) await notifier.PromotedAsync(conference, promoted, ct);
    }
}
