using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.Calendars;

namespace BrigadeBot.Features.CalendarSubscription;

/// <summary>« Abonner mon calendrier » under <c>/brigade agenda</c>.</summary>
public sealed class CalendarAgendaButton : IAgendaButton
{
    public Task<Button?> ForAsync(string animatorId, CancellationToken ct) =>
        Task.FromResult<Button?>(new Button(CalendarIds.Subscribe, CalendarTexts.SubscribeButton, "subscribe"));
}
