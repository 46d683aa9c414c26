using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Booking;

/// <summary>How a session reads to people: times in the Brigade zone, theme names, links made safe.</summary>
public sealed class SessionDisplay(BrigadeTimeZone zone, ThemeCatalog themes)
{
    public string When(DateTime startUtc, DateTime endUtc) =>
        FrenchDates.Span(zone.ToLocal(AsUtc(startUtc)), zone.ToLocal(AsUtc(endUtc)), zone.Now);

    /// <summary>« heure de l'Est », or the name of the configured zone.</summary>
    public string ZoneName => FrenchDates.ZoneName(zone.Zone);

    /// <summary>« lundi 7 décembre à 14 h »: when a session starts, to name it.</summary>
    public string StartsAt(DateTime startUtc) => FrenchDates.DayAndTime(zone.ToLocal(AsUtc(startUtc)), zone.Now);

    public string When(Slot slot) => When(slot.StartUtc, slot.EndUtc);
    public string When(Booking booking) => When(booking.StartUtc, booking.EndUtc);

    /// <summary>The theme's French name (plain text; escape it for mrkdwn).</summary>
    public string ThemeName(string slug) => themes.BySlug(slug)?.Name ?? slug;

    /// <summary>A mrkdwn link to a video call or sheet; text escaped when it cannot be a link.</summary>
    public static string Link(string? url) =>
        string.IsNullOrEmpty(url) ? "" : Mrkdwn.IsSafeLinkUrl(url) ? Mrkdwn.Link(url) : Mrkdwn.Escape(url);

    public static DateTimeOffset AsUtc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
