using BrigadeBot.Sandbox;
using BrigadeBot.Tests.Sandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.BrowserTests.Support;

/// <summary>
/// The bot in this process, listening on loopback with Kestrel, its sandbox's bot extended with the tests' probe
/// feature (a modal with every input, a confirmed button, a reminder): the flows booking will use, before it lands.
/// </summary>
public sealed class ProbeSandboxSession : SandboxSession
{
    private WebApplicationFactory<Program>? factory;

    protected override Task<string> StartBotAsync()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Slack:SigningSecret", "");
            web.UseSetting("Slack:BotToken", "");
            web.UseSetting("Storage:DatabasePath", Path.Combine(DataFolder, "brigade.db"));
            web.UseSetting("Sandbox:DatabasePath", Path.Combine(DataFolder, "sandbox.db"));
            web.ConfigureTestServices(services => services.AddSingleton(ProbeFeature.Extension));
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return Task.FromResult(address.Replace("://[::1]", "://127.0.0.1") + "/sandbox");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (factory is not null) await factory.DisposeAsync();
    }
}
