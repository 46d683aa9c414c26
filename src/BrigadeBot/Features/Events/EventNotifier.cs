using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Events;

/// <summary>
/// Every DM around a conference, sent after the acknowledgement: confirmations and freed places (with the .ics),
/// updates and cancellations (with the new .ics), reminders, the replay and the survey. A failure of the first ones is
/// logged (storage stands); reminders, the replay and the survey throw it, for their callers to try again.
/// </summary>
public sealed class EventNotifier(EventDisplay display, CalendarFileSender calendarFiles, SlackMessenger messenger,
    Consents consents, ILogger<EventNotifier> log)
{
    public async Task RegisteredAsync(Conference conference, string memberId, CancellationToken ct)
    {
        await DirectAsync(memberId, EventMessageTexts.ConfirmationFallback,
            EventMessageTexts.Confirmation(display.Title(conference), display.When(conference), display.ZoneName, display.Where(conference)), ct);
        await CalendarFileAsync(memberId, conference, cancelled: false, EventMessageTexts.IcsComment, ct);
    }

    public async Task PromotedAsync(Conference conference, string memberId, CancellationToken ct)
    {
        await DirectAsync(memberId, EventMessageTexts.PromotedFallback,
            EventMessageTexts.Promoted(display.Title(conference), display.When(conference)) + "\n"
            + EventMessageTexts.Confirmation(display.Title(conference), display.When(conference), display.ZoneName, display.Where(conference)),
            ct, [EventAnnouncement.UnregisterButton(conference)]);
        await CalendarFileAsync(memberId, conference, cancelled: false, EventMessageTexts.IcsComment, ct);
    }

    /// <summary>A member who left: the calendar removes the conference.</summary>
    public Task LeftAsync(Conference conference, string memberId, CancellationToken ct) =>
        CalendarFileAsync(memberId, conference, cancelled: true, EventMessageTexts.IcsCancelComment, ct);

    public async Task UpdatedAsync(Conference conference, CancellationToken ct)
    {
        var text = EventMessageTexts.Updated(display.Title(conference), display.When(conference), display.ZoneName, display.Where(conference));
        foreach (var memberId in conference.RegisteredIds)
        {
            await DirectAsync(memberId, EventMessageTexts.UpdateFallback, text, ct);
            await CalendarFileAsync(memberId, conference, cancelled: false, EventMessageTexts.IcsUpdateComment, ct);
        }
        foreach (var memberId in conference.WaitingIds) await DirectAsync(memberId, EventMessageTexts.UpdateFallback, text, ct);
    }

    public async Task CancelledAsync(Conference conference, CancellationToken ct)
    {
        var text = EventMessageTexts.CancelledForMember(display.Title(conference), display.When(conference));
        foreach (var memberId in conference.RegisteredIds)
        {
            await DirectAsync(memberId, EventMessageTexts.CancelledFallback, text, ct);
            await CalendarFileAsync(memberId, conference, cancelled: true, EventMessageTexts.IcsCancelComment, ct);
        }
        foreach (var memberId in conference.WaitingIds) await DirectAsync(memberId, EventMessageTexts.CancelledFallback, text, ct);
    }

    /// <summary>One registrant's reminder; throws when Slack did not take it (the caller decides whether to try again).</summary>
    public async Task ReminderAsync(Conference conference, EventReminderKind kind, string memberId, CancellationToken ct)
    {
        var (title, when, where) = (display.Title(conference), display.When(conference), display.Where(conference));
        var text = kind == EventReminderKind.DayBefore
            ? EventMessageTexts.ReminderDay(title, when, display.ZoneName, where)
            : EventMessageTexts.ReminderHour(title, when, display.ZoneName, where);
        await messenger.SendDirectAsync(memberId, Message(EventMessageTexts.ReminderFallback, text, [EventAnnouncement.UnregisterButton(conference)]), ct);
    }

    /// <summary>The replay link to one registrant who missed the conference; throws when Slack did not take it.</summary>
    public async Task ReplayToAsync(Conference conference, string memberId, CancellationToken ct)
    {
        if (conference.ReplayUrl is not { } replay) return;
        var text = EventMessageTexts.ReplayForMember(display.Title(conference), EventDisplay.Link(replay));
        await messenger.SendDirectAsync(memberId, Message(EventMessageTexts.ReplayFallback, text, null), ct);
    }

    /// <summary>
    /// The survey button to one member who came, if they accepted surveys (the same consent as after an accompaniment);
    /// throws when Slack did not take it.
    /// </summary>
    public async Task SurveyToAsync(Conference conference, string memberId, CancellationToken ct)
    {
        if (!await consents.IsGrantedAsync(memberId, ConsentPurposes.Survey, ct)) return;
        var button = new Button(EventsIds.SurveyOpen, EventMessageTexts.SurveyButton, EventAnnouncement.Value(conference), ButtonStyle.Primary);
        await messenger.SendDirectAsync(memberId,
            Message(EventMessageTexts.SurveyFallback, EventMessageTexts.SurveyInvitation(display.Title(conference)), [button]), ct);
    }

    private async Task DirectAsync(string userId, string fallback, string mrkdwn, CancellationToken ct, IReadOnlyList<Button>? buttons = null)
    {
        try
        {
            await messenger.SendDirectAsync(userId, Message(fallback, mrkdwn, buttons), ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Conference DM not delivered ({Error})", ex.Error);
        }
    }

    private static SlackMessage Message(string fallback, string mrkdwn, IReadOnlyList<Button>? buttons) => new(fallback, buttons is { Count: > 0 }
        ? [SectionBlock.Markdown(MemberText.Cut(mrkdwn, 3000)), new ActionsBlock(buttons)]
        : [SectionBlock.Markdown(MemberText.Cut(mrkdwn, 3000))]);

    private Task CalendarFileAsync(string userId, Conference conference, bool cancelled, string comment, CancellationToken ct) =>
        calendarFiles.SendAsync(userId, EventCalendar.Entry(conference, cancelled), EventMessageTexts.IcsFileName, comment, ct);
}
