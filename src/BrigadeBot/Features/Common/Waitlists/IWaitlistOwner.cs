namespace BrigadeBot.Features.Common.Waitlists;

/// <summary>
/// The feature that serves waiting lists of <see cref="Name"/> (<see cref="WaitlistEntry.Owner"/>): when a hold runs out
/// or a member holding an offer leaves, it frees the place and offers it to the next person, in one write.
/// </summary>
public interface IWaitlistOwner
{
    string Name { get; }

    /// <summary>The offer of <paramref name="entryId"/> has run out (its hold passed) or was given up.</summary>
    Task OfferEndedAsync(string entryId, CancellationToken ct);

    /// <summary><paramref name="place"/> is no longer held by anyone: offer it again if it is still free.</summary>
    Task PlaceReleasedAsync(string place, CancellationToken ct);
}
