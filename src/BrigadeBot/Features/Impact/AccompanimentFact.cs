namespace BrigadeBot.Features.Impact;

/// <summary>
/// One person at one session held. <see cref="PersonKey"/> only tells people apart (a random pseudonym);
/// <see cref="Category"/> is null unless the person let it count in the statistics.
/// </summary>
public sealed record AccompanimentFact(string PersonKey, string ThemeSlug, bool Group, string? Category, DateOnly Day);
