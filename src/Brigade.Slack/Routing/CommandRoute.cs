namespace Brigade.Slack.Routing;

/// <summary>A registered sub-command: its name as typed (accents allowed), its help line and handler.</summary>
public sealed record CommandRoute(string Name, string HelpLine, Type Handler, string? Audience)
{
    public string Key { get; } = SubCommandText.Normalize(Name);
}
