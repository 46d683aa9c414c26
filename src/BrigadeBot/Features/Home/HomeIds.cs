namespace BrigadeBot.Features.Home;

/// <summary>Slack ids of the App Home.</summary>
public static class HomeIds
{
    public const string AppHomeOpened = "app_home_opened";
    public const string CancelBooking = "home.cancel-booking";
    public const string Vote = "home.vote";
}
