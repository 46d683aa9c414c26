namespace BrigadeBot.Sandbox.Workspace;

/// <summary>Where a response_url leads: the person and conversation of the interaction, and its message if any.</summary>
public sealed record ResponseTarget(string UserId, string Channel, long? MessageKey);
