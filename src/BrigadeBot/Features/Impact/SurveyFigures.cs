namespace BrigadeBot.Features.Impact;

/// <summary>What the survey answers of the period say.</summary>
public sealed record SurveyFigures(
    int Answers,
    /// <summary>Answers over accompaniments held, in percent (one decimal).</summary>
    decimal ResponseRate,
    decimal? SatisfactionMean,
    IReadOnlyList<CountRow> SatisfactionDistribution,
    IReadOnlyList<CountRow> Progress,
    int TransferSum,
    decimal? TransferMean);
