namespace BrigadeBot.Features.Codev;

public enum VoteResult { Added, Removed, NotOpen, NotFound }
