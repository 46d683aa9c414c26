using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;

namespace BrigadeBot.Features.CalendarSubscription;

/// <summary>
/// An animator's subscription feed: every feature's entries for them, from a month back (so a session just held does not
/// vanish from the calendar) on. <c>null</c> for a wrong or revoked token, or one whose owner no longer animates.
/// </summary>
public sealed class CalendarFeed(CalendarTokenStore tokens, Animators animators, IEnumerable<IAnimatorCalendarSource> sources,
    CalendarFiles files, TimeProvider time)
{
    public static readonly TimeSpan Past = TimeSpan.FromDays(30);

    public async Task<byte[]?> ForTokenAsync(string token, CancellationToken ct)
    {
        if (await tokens.AnimatorOfAsync(token, ct) is not { } animatorId || !animators.Contains(animatorId)) return null;
        var from = time.GetUtcNow().UtcDateTime - Past;
        var entries = new List<CalendarEntry>();
        foreach (var source in sources) entries.AddRange(await source.ComingForAnimatorAsync(animatorId, from, ct));
        return files.Feed(entries.OrderBy(e => e.StartUtc).ToList(), CalendarTexts.FeedName);
    }
}
