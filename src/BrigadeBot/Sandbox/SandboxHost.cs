using System.Text.RegularExpressions;
using Brigade.Slack;
using BrigadeBot.Storage;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Sandbox;

/// <summary>
/// Owns the sandbox inside the real host: starts its life with the real host when the sandbox is on, ends it at
/// shutdown, and resets it (new host, empty database, clock back to now) on « Remettre à zéro ».
/// </summary>
public sealed partial class SandboxHost(
    IConfiguration configuration,
    IHostEnvironment environment,
    ILoggerFactory loggers,
    IOptions<SandboxOptions> options,
    IOptions<SlackOptions> slack,
    IEnumerable<SandboxBotExtension> extensions) : IHostedService
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private SandboxInstance? current;

    public bool IsOn => options.Value.IsOn(slack.Value);

    /// <summary>The running sandbox; <c>null</c> while it is off or between two lives.</summary>
    public SandboxInstance? Current => Volatile.Read(ref current);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!IsOn) return;
        Check();
        await gate.WaitAsync(cancellationToken);
        try
        {
            current = await StartLifeAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            var ending = current;
            current = null;
            if (ending is not null) await ending.DisposeAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Ends this life, deletes its database and starts a fresh one.</summary>
    public async Task<SandboxInstance> ResetAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            // Requests arriving meanwhile get 503 rather than a host being stopped.
            var ending = current;
            current = null;
            if (ending is not null) await ending.DisposeAsync();
            var path = Path.GetFullPath(options.Value.DatabasePath);
            foreach (var file in new[] { path, Path.ChangeExtension(path, null) + "-log" + Path.GetExtension(path) })
                File.Delete(file);
            current = await StartLifeAsync(ct);
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    private Task<SandboxInstance> StartLifeAsync(CancellationToken ct) =>
        SandboxInstance.StartAsync(new SandboxStart(configuration, environment, loggers, options.Value, extensions.ToArray()), ct);

    /// <summary>Refuses, naming the key, a sandbox that would share the real database or has malformed people.</summary>
    private void Check()
    {
        var errors = new List<string>();
        var real = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (string.IsNullOrWhiteSpace(options.Value.DatabasePath))
            errors.Add("Sandbox:DatabasePath must name a file.");
        else if (Path.GetFullPath(options.Value.DatabasePath) == real.FullPath)
            errors.Add($"Sandbox:DatabasePath: '{options.Value.DatabasePath}' is the real database (Storage:DatabasePath); the sandbox needs its own file.");
        for (var i = 0; i < options.Value.People.Length; i++)
            if (!UserId().IsMatch(options.Value.People[i].Id ?? ""))
                errors.Add($"Sandbox:People:{i}:Id: '{options.Value.People[i].Id}' is not a Slack user id (U… or W…).");
        if (errors.Count > 0) throw new OptionsValidationException(SandboxOptions.Section, typeof(SandboxOptions), errors);
    }

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$")] private static partial Regex UserId();
}
