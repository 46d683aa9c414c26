namespace BrigadeBot.Sandbox;

/// <summary>
/// The sandbox host answers to the real host, not to the console: no Ctrl+C handling of its own and no second
/// « Application started » line in the log.
/// </summary>
internal sealed class SandboxLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Extra routes for the sandbox's bot only (tests register a probe feature with it). Features never need it: the
/// sandbox runs <see cref="Hosting.BrigadeComposition"/> as it is.
/// </summary>
public sealed record SandboxBotExtension(Action<Brigade.Slack.Routing.SlackAppBuilder> Configure);
