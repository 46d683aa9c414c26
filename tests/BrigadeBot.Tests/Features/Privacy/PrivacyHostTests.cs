namespace BrigadeBot.Tests.Features.Privacy;

/// <summary>A fresh bot per test, with the privacy flow around it.</summary>
public abstract class PrivacyHostTests : IAsyncLifetime
{
    protected BrigadeHost host = null!;
    protected PrivacyFlow flow = null!;

    public virtual async Task InitializeAsync()
    {
        host = await BrigadeHost.StartAsync();
        flow = new PrivacyFlow(host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();
}
