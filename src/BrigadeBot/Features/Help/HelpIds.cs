namespace BrigadeBot.Features.Help;

/// <summary>Slack ids of the help.</summary>
public static class HelpIds
{
    public const string Aide = "aide";
}
