namespace BrigadeBot.Features.Impact;

/// <summary>What the member answered, validated.</summary>
public sealed record SurveyForm(int Satisfaction, SurveyProgress Progress, int Transfer, string? Comment);
