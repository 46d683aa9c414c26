namespace BrigadeBot.Features.Impact;

/// <summary>
/// Everything the report reads from other features' data, behind one seam: the anonymous facts recorded when a session
/// is held, the absences and the codev meetings.
/// </summary>
public interface IImpactSource
{
    /// <summary>The facts of the sessions held on the days of <paramref name="period"/> (Brigade time zone).</summary>
    Task<ImpactFacts> FactsAsync(ReportPeriod period, CancellationToken ct);
}

/// <summary>Accompaniments held, absences, and codevelopment meetings held in a period.</summary>
public sealed record ImpactFacts(IReadOnlyList<AccompanimentFact> Held, int Absences, IReadOnlyList<CodevFact> CodevMeetings);

/// <summary>
/// One person at one session held. <see cref="PersonKey"/> only tells people apart (a random pseudonym);
/// <see cref="Category"/> is null unless the person let it count in the statistics.
/// </summary>
public sealed record AccompanimentFact(string PersonKey, string ThemeSlug, bool Group, string? Category);

/// <summary>A codevelopment meeting held and how many people registered for it.</summary>
public sealed record CodevFact(DateTime StartsAtUtc, int Registered);

/// <summary>
/// A count another feature keeps (watch items published, sheets shared). Watch and sheets implement it when they land;
/// until one answers for a kind, the report says « non disponible ».
/// </summary>
public interface IImpactCounter
{
    /// <summary>The count for <paramref name="kind"/> (see <see cref="ImpactCounterKinds"/>), or null when this counter does not keep it.</summary>
    Task<int?> CountAsync(string kind, ReportPeriod period, CancellationToken ct);
}

public static class ImpactCounterKinds
{
    public const string WatchItemsPublished = "watch-items-published";
    public const string SheetsShared = "sheets-shared";
}
