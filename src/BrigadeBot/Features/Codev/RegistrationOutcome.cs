using BrigadeBot.Features.Common.Waitlists;

namespace BrigadeBot.Features.Codev;

public sealed record RegistrationOutcome(RegistrationResult Result, CodevMeeting? Meeting)
{
    /// <summary>Offers of the place a member gave back, made in the same write.</summary>
    public IReadOnlyList<WaitlistEntry> Offers { get; init; } = [];
}
