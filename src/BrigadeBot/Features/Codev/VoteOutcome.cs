namespace BrigadeBot.Features.Codev;

public sealed record VoteOutcome(VoteResult Result, int Votes);
