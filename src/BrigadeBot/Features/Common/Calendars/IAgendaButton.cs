using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Common.Calendars;

/// <summary>
/// A button a feature adds under an animator's agenda (the calendar subscription); null when it has nothing to offer
/// this animator. The agenda shows every button offered, in registration order.
/// </summary>
public interface IAgendaButton
{
    Task<Button?> ForAsync(string animatorId, CancellationToken ct);
}
