namespace BrigadeBot.Features.Events;

/// <summary>What a click on « M'inscrire » or « Me désinscrire » did, and who got a freed place.</summary>
public sealed record EventRegistration(EventRegistrationResult Result, Conference? Conference, IReadOnlyList<string> Promoted)
{
    public bool Changed => Result is EventRegistrationResult.Registered or EventRegistrationResult.Waitlisted
        or EventRegistrationResult.Unregistered or EventRegistrationResult.LeftWaitlist;

    /// <summary>1 for the first in line; 0 when not waiting.</summary>
    public int WaitingPosition(string memberId) => (Conference?.WaitingIds.IndexOf(memberId) ?? -1) + 1;
}
