namespace BrigadeBot.Features.CalendarSubscription;

/// <summary>Slack ids and the route of the animators' calendar subscription.</summary>
public static class CalendarIds
{
    public const string Subscribe = "calendar.subscribe";
    public const string Renew = "calendar.renew";

    /// <summary>The feed's route; the token is the only secret, so a wrong one and a revoked one look the same (404).</summary>
    public const string FeedRoute = "/calendar/{token}.ics";

    public static string FeedPath(string token) => $"/calendar/{token}.ics";
}
