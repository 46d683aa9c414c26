using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Booking;

/// <summary>A button another feature adds to the follow-up DM after a session (the survey); null for none.</summary>
public interface IFollowUpButton
{
    Task<Button?> ForAsync(Booking booking, CancellationToken ct);
}
