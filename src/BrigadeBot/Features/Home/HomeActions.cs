using System.Globalization;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;

namespace BrigadeBot.Features.Home;

/// <summary>« Annuler » on the Home: only the member's own booking; the Home is redrawn with what happened.</summary>
public sealed class HomeCancelBookingAction(BookingService bookings, HomeRefresher refresher) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var member = payload.User.Id;
        var cancelled = action.Value is { Length: > 0 } id && await bookings.CancelByMemberAsync(id, member, ct);
        refresher.PublishNow(member, cancelled ? HomeTexts.Cancelled : HomeTexts.NotCancelled);
    }
}

/// <summary>« 👍 Voter » on the Home: the same toggle as in the channel; the channel message follows.</summary>
public sealed class HomeVoteAction(ProposalStore proposals, CodevRefresher codev, HomeRefresher refresher) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var member = payload.User.Id;
        if (!int.TryParse(action.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return;
        var outcome = await proposals.ToggleVoteAsync(id, member, ct);
        var changed = outcome.Result is VoteResult.Added or VoteResult.Removed;
        if (changed) codev.RequestProposal(id);
        refresher.PublishNow(member, changed ? HomeTexts.Voted(id, outcome.Result == VoteResult.Added) : HomeTexts.VoteClosed);
    }
}
