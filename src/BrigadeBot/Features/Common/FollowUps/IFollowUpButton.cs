using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Common.FollowUps;

/// <summary>
/// A button a feature adds to the follow-up DM sent after a session (the survey, an invitation to codevelopment);
/// null when it has nothing to offer this member. The DM shows every button offered, in registration order.
/// </summary>
public interface IFollowUpButton
{
    Task<Button?> ForAsync(HeldSession session, CancellationToken ct);
}
