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
