using Brigade.Slack.FollowUp;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Events;

/// <summary>
/// <c>/brigade corriger</c>'s list of coming conferences the member registered for or waits for: each ticked one is
/// left, so the freed place goes to the first in line and the calendars follow.
/// </summary>
public sealed class EventRegistrationCorrection(EventStore events, EventDisplay display, SlackFollowUpQueue followUp) : IPersonalDataCorrection
{
    public string BlockId => EventsIds.CorrectionBlock;
    public string Label => EventHomeTexts.CorrectionLabel;
    public string Hint => EventHomeTexts.CorrectionHint;
    public string Nothing => EventHomeTexts.CorrectionNothing;

    public async Task<IReadOnlyList<CorrectionChoice>> ChoicesAsync(string memberId, CancellationToken ct) =>
        (await events.ComingAsync(ct)).Where(e => e.RegisteredIds.Contains(memberId) || e.WaitingIds.Contains(memberId))
            .Select(e => new CorrectionChoice(EventAnnouncement.Value(e), $"{e.Title} · {display.When(e)}")).ToList();

    public async Task<CorrectionOutcome> ApplyAsync(string memberId, IReadOnlyList<string> values, CancellationToken ct)
    {
        var left = 0;
        foreach (var value in values)
        {
            if (EventActionValue.IdOf(value) is not { } id) continue;
            var registration = await events.UnregisterAsync(id, memberId, ct);
            if (!registration.Changed) continue;
            left++;
            followUp.Enqueue($"event correction {id}", (services, token) =>
                services.GetRequiredService<EventService>().RegistrationChangedAsync(registration, memberId, token));
        }
        return left;
    }

    public string Done(int count) => EventHomeTexts.Corrected(count);
}
