namespace BrigadeBot.Features.CalendarSubscription;

public static class CalendarFeedEndpoint
{
    /// <summary>
    /// <c>GET /calendar/{token}.ics</c>: the animator's feed as <c>text/calendar</c>; 404 for any token that is not a live one,
    /// so a guesser learns nothing. Calendars poll it unsigned: the token is the whole credential. Some ask HEAD first.
    /// </summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapMethods(CalendarIds.FeedRoute, [HttpMethods.Get, HttpMethods.Head], async (string token, CalendarFeed feed, HttpContext http, CancellationToken ct) =>
        {
            if (await feed.ForTokenAsync(token, ct) is not { } ics) return Results.NotFound();
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(ics, "text/calendar; charset=utf-8");
        });
        return app;
    }
}
