namespace BrigadeBot.Features.Common.Members;

/// <summary>What the first booking's form asked: the notice shown, the category, the statistics and survey consents.</summary>
public sealed record ProfileChoices(string NoticeVersion, string? Category, bool CategoryInStatistics, bool Survey = false);
