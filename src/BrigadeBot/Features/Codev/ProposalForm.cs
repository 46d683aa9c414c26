namespace BrigadeBot.Features.Codev;

public sealed record ProposalForm(string? Problem, string? Context, bool ShowName);
