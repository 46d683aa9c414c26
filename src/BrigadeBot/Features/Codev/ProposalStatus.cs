namespace BrigadeBot.Features.Codev;

public enum ProposalStatus { Open, Selected, Archived }
