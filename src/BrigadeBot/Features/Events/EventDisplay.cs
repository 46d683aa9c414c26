using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Events;

/// <summary>How a conference reads in messages: when (in the Brigade zone), where, its theme; member-typed text escaped here.</summary>
public sealed class EventDisplay(BrigadeTimeZone zone, ThemeCatalog themes)
{
    public string ZoneName => FrenchDates.ZoneName(zone.Zone);

    /// <summary>« mardi 8 décembre, 19 h – 20 h 30 ».</summary>
    public string When(Conference conference) =>
        FrenchDates.Span(Local(conference.StartsAtUtc), Local(conference.EndsAtUtc), zone.Now);

    /// <summary>The place, the link, or both, escaped for mrkdwn.</summary>
    public string Where(Conference conference)
    {
        var place = MemberText.ForMrkdwn(conference.Place, EventsTexts.PlaceMax);
        var link = Link(conference.Link);
        return conference.Format switch
        {
            ConferenceFormat.InPerson => EventMessageTexts.InPerson(place),
            ConferenceFormat.Online => EventMessageTexts.Online(link),
            _ => EventMessageTexts.Both(place, link),
        };
    }

    /// <summary>The same, as plain text (calendar files).</summary>
    public static string PlainWhere(Conference conference) => conference.Format switch
    {
        ConferenceFormat.InPerson => conference.Place ?? "",
        ConferenceFormat.Online => conference.Link ?? "",
        _ => $"{conference.Place}\n{conference.Link}",
    };

    public string Title(Conference conference) => MemberText.ForMrkdwn(conference.Title, EventsTexts.TitleMax * 2);

    public string? ThemeName(string? slug) => themes.BySlug(slug)?.Name;

    public string Details(Conference conference) => EventMessageTexts.Details(Title(conference),
        MemberText.ForMrkdwn(conference.Speakers, EventsTexts.SpeakersMax * 2), When(conference), conference.DurationMinutes,
        Where(conference), ThemeName(conference.ThemeSlug) is { } theme ? Mrkdwn.Escape(theme) : null);

    public static string Link(string? url) => Mrkdwn.IsSafeLinkUrl(url) ? Mrkdwn.Link(url!) : Mrkdwn.Escape(url);

    private DateTimeOffset Local(DateTime utc) => zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
