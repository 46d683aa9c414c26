namespace BrigadeBot.Features.Common.Privacy;

/// <summary>A line the member may tick in the correction modal (a coming booking, an open proposal).</summary>
public sealed record CorrectionChoice(string Value, string Text);
