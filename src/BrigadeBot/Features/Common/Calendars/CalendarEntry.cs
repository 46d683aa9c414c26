namespace BrigadeBot.Features.Common.Calendars;

/// <summary>
/// One event as calendars see it: a booking, a codev meeting, a conference. <see cref="Uid"/> is stable for the life of
/// the event and <see cref="Sequence"/> grows with each change, so a calendar moves or removes the event it already has
/// instead of adding a second one. Instants are UTC; <see cref="CalendarFiles"/> writes them in the Brigade zone.
/// </summary>
public sealed record CalendarEntry(
    string Uid,
    string Title,
    string Description,
    string Location,
    DateTime StartUtc,
    DateTime EndUtc,
    DateTime StampUtc,
    int Sequence = 0,
    bool Cancelled = false,
    Uri? Url = null)
{
    /// <summary>The domain part of every UID the bot writes (<c>{id}@{UidDomain}</c>).</summary>
    public const string UidDomain = "brigade-numerique-laurentides";

    /// <summary>The UID of a stored item: its id and a kind that keeps ids of different collections apart.</summary>
    public static string UidOf(string kind, string id) => kind.Length == 0 ? $"{id}@{UidDomain}" : $"{kind}-{id}@{UidDomain}";
}
