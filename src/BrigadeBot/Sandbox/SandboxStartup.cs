using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BrigadeBot.Sandbox;

/// <summary>Says where the sandbox is, at the address the server actually listens on, once it listens.</summary>
public sealed class SandboxStartup(SandboxHost sandbox, IServer server, IHostApplicationLifetime lifetime, ILogger<SandboxStartup> log)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (sandbox.IsOn) lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    private void Announce()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses.Where(a => a.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
            log.LogInformation("Bac à sable : {Url}", Local(address) + "/sandbox");
        if (addresses.Count == 0) log.LogInformation("Bac à sable : /sandbox");
    }

    /// <summary>A wildcard address (0.0.0.0, [::], +, *) is reached from this machine as localhost.</summary>
    internal static string Local(string address)
    {
        var uri = new Uri(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return $"{uri.Scheme}://{(host.Contains(':') && !host.StartsWith('[') ? $"[{host}]" : host)}:{uri.Port}";
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
