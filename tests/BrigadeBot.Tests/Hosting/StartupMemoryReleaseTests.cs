using System.Net;
using BrigadeBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrigadeBot.Tests.Hosting;

public sealed class StartupMemoryReleaseTests
{
    [Fact]
    public async Task Once_the_bot_has_started_its_start_up_garbage_is_released()
    {
        await using var host = await BrigadeHost.StartAsync(services: s => s.AddStartupMemoryRelease());

        var release = host.Services.GetServices<IHostedService>().OfType<StartupMemoryRelease>().Single();

        await release.Released.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health")).StatusCode);
    }
}
