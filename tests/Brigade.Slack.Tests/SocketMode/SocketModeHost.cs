using Brigade.Slack.FollowUp;
using Brigade.Slack.SocketMode;
using Brigade.Slack.Testing;
using Brigade.Slack.Testing.SocketMode;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>The Slack layer alone in a generic host, in Socket Mode against the local fakes, with a fake clock.</summary>
internal sealed class SocketModeHost : IAsyncDisposable
{
    private readonly IHost host;

    private SocketModeHost(IHost host, FakeSlackServer slack, FakeSocketModeServer sockets, ObservedTimeProvider clock, LogCapture logs)
    {
        this.host = host;
        Slack = slack;
        Sockets = sockets;
        Clock = clock;
        Logs = logs;
    }

    public FakeSlackServer Slack { get; }
    public FakeSocketModeServer Sockets { get; }
    public ObservedTimeProvider Clock { get; }
    public LogCapture Logs { get; }
    public IServiceProvider Services => host.Services;
    public ISlackConnectionState State => Services.GetRequiredService<ISlackConnectionState>();
    public Received Received => Services.GetRequiredService<Received>();

    public static async Task<SocketModeHost> StartAsync(Dictionary<string, string?>? settings = null, bool helloOnConnect = true,
        Action<IServiceCollection>? services = null)
    {
        var slack = await FakeSlackServer.StartAsync();
        var sockets = await FakeSocketModeServer.StartAsync(slack);
        sockets.SendHelloOnConnect = helloOnConnect;
        var clock = new ObservedTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        var logs = new LogCapture();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = FakeSlackServer.AppToken,
            ["Slack:BotToken"] = FakeSlackServer.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:ResponseUrlPrefixes:0"] = slack.ResponseUrlPrefix,
            ["Slack:UploadUrlPrefixes:0"] = slack.UploadUrlPrefix,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(OnFakeClock.Pacing);
        builder.Services.AddSingleton<Received>();
        builder.Services.AddSingleton(slack);
        builder.Services.AddSlack(builder.Configuration)
            .Command<HelpCommand>("aide", "the help")
            .Command<SlowCommand>(SlowCommand.Name, "answers when the test says so")
            .View<RefusingSubmission>(RefusingSubmission.CallbackId)
            .Event<RecordingEventHandler>("app_mention");
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new SocketModeHost(host, slack, sockets, clock, logs);
    }

    /// <summary>Waits until <paramref name="count"/> connections are open on the bot's side.</summary>
    public Task ConnectedAsync(int count = 1) =>
        State.WaitUntilAsync(s => s.OpenConnections == count, $"{count} open connection(s)");

    /// <summary>Lets the armed reconnection wait elapse and returns how long it was.</summary>
    public Task<TimeSpan> ElapseReconnectDelayAsync() => State.ElapseReconnectDelayAsync(Clock.Advance);

    /// <summary>Stops the Socket Mode service alone, as a shutdown does, leaving the fakes running.</summary>
    public Task StopSocketModeAsync() =>
        Services.GetServices<IHostedService>().OfType<SlackSocketModeService>().Single().StopAsync(CancellationToken.None);

    public Task IdleAsync() => Services.GetRequiredService<SlackFollowUpQueue>().WhenIdleAsync();

    public async ValueTask DisposeAsync()
    {
        Received.SlowGate.TrySetResult();
        await host.StopAsync();
        host.Dispose();
        await Sockets.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
