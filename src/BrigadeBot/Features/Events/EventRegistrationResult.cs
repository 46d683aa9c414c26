namespace BrigadeBot.Features.Events;

public enum EventRegistrationResult
{
    Registered, Waitlisted, AlreadyRegistered, AlreadyWaiting, Unregistered, LeftWaitlist, NotRegistered, Closed, NotFound,
}
