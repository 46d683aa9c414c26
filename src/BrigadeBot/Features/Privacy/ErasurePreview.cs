using System.Globalization;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Privacy;

/// <summary>What the member will lose, counted from their data, and the confirmation that nothing can bring it back.</summary>
public sealed record ErasurePreview(int Coming, int Bookings, int Proposals, int Votes, int Registrations)
{
    /// <summary>Counted from the member's export (its sections are the export format's): coming = confirmed, not yet over.</summary>
    public static ErasurePreview From(MemberExport export, DateTimeOffset now)
    {
        var coming = export.Root["bookings"]?.AsArray().Count(b =>
            b?["status"]?.GetValue<string>() == "confirmed"
            && DateTimeOffset.TryParse(b["end"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            && end > now) ?? 0;
        return new(coming, export.Count("bookings"), export.Count("proposals"), export.Count("votes"), export.Count("registrations"));
    }
}
