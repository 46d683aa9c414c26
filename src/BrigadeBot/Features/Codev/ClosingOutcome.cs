namespace BrigadeBot.Features.Codev;

public sealed record ClosingOutcome(bool ClosedNow, CodevMeeting Meeting);
