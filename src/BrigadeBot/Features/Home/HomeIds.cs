namespace BrigadeBot.Features.Home;

/// <summary>Slack ids of the App Home (its buttons are the features' own).</summary>
public static class HomeIds
{
    public const string AppHomeOpened = "app_home_opened";
}
