namespace BrigadeBot.Features.CalendarSubscription;

/// <summary><c>Brigade:PublicBaseUrl</c>: where the bot is reached from outside, to build the calendar subscription URL.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Brigade";

    /// <summary>An absolute http(s) URL (e.g. <c>https://brigade.example.org/</c>); empty: no subscription link can be given.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public static bool IsValid(string url) => url.Length == 0
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Query.Length == 0);
}
