namespace BrigadeBot.Features.Codev;

public sealed record RegistrationOutcome(RegistrationResult Result, CodevMeeting? Meeting);
