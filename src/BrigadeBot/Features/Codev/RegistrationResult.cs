namespace BrigadeBot.Features.Codev;

public enum RegistrationResult { Registered, AlreadyRegistered, Full, Unregistered, NotRegistered, Closed, NotFound }
