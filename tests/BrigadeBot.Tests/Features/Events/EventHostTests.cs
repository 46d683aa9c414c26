namespace BrigadeBot.Tests.Features.Events;

/// <summary>A fresh bot per test, with the conference flow around it.</summary>
public abstract class EventHostTests : IAsyncLifetime
{
    protected BrigadeHost host = null!;
    protected EventFlow flow = null!;

    public async Task InitializeAsync()
    {
        host = await BrigadeHost.StartAsync();
        flow = new EventFlow(host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();
}
