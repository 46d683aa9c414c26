namespace BrigadeBot.Features.Booking;

/// <summary>The booking's waiting lists: one per theme, one per slot; a slot's free place is named like its list.</summary>
public static class WaitQueues
{
    public const string Owner = "booking";

    public static string Theme(string slug) => "theme:" + slug;
    public static string Slot(string slotId) => "slot:" + slotId;
    public static string Place(string slotId) => Slot(slotId);

    /// <summary>The slot a place or slot list names; <c>null</c> for a theme list.</summary>
    public static string? SlotOf(string queueOrPlace) => queueOrPlace.StartsWith("slot:", StringComparison.Ordinal) ? queueOrPlace[5..] : null;

    public static string? ThemeOf(string queue) => queue.StartsWith("theme:", StringComparison.Ordinal) ? queue[6..] : null;

    /// <summary>Who may be offered a place of <paramref name="slot"/>: its own list first, then every list of a theme it offers.</summary>
    public static IReadOnlyList<IReadOnlyCollection<string>> Serving(Slot slot) => [[Slot(slot.Id)], slot.ThemeSlugs.Select(Theme).ToList()];
}
