namespace BrigadeBot.Features.Events;

/// <summary>What the member answered, validated: expectations met in percent (0 to 100 by tens), progress, comment.</summary>
public sealed record EventSurveyForm(int Expectations, LearningProgress Progress, string? Comment);
