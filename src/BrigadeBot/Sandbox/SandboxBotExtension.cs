namespace BrigadeBot.Sandbox;

/// <summary>
/// Extra routes for the sandbox's bot only (tests register a probe feature with it). Features never need it: the
/// sandbox runs <see cref="Hosting.BrigadeComposition"/> as it is.
/// </summary>
public sealed record SandboxBotExtension(Action<Brigade.Slack.Routing.SlackAppBuilder> Configure);
