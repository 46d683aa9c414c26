using Brigade.Slack.Testing;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.Support;

/// <summary>
/// The Web API side of the Slack layer as the app gets it from <c>AddSlack</c> (the same named HttpClient,
/// options and clock), talking to a <see cref="FakeSlackServer"/>, with every log line captured.
/// </summary>
public sealed class SlackApiHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private SlackApiHarness(ServiceProvider services, FakeSlackServer slack, ObservedTimeProvider time, LogCapture logs)
    {
        this.services = services;
        Slack = slack;
        Time = time;
        Logs = logs;
    }

    public FakeSlackServer Slack { get; }
    public ObservedTimeProvider Time { get; }
    public LogCapture Logs { get; }
    public ISlackApi Api => services.GetRequiredService<ISlackApi>();
    public SlackMessenger Messenger => services.GetRequiredService<SlackMessenger>();
    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    /// <summary>An API base URL on which nothing listens: every call fails to connect.</summary>
    public static string UnreachableApiBaseUrl()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/api/";
    }

    /// <summary>Starts a fake Slack and the client; <paramref name="settings"/> may change or remove (null) any Slack:* key.</summary>
    public static async Task<SlackApiHarness> StartAsync(Action<Dictionary<string, string?>>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var slack = await FakeSlackServer.StartAsync();
        var config = SlackTestHost.Settings(slack, settings);
        var time = new ObservedTimeProvider();
        var logs = new LogCapture();
        var collection = new ServiceCollection();
        collection.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSlack(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        services?.Invoke(collection);
        return new SlackApiHarness(collection.BuildServiceProvider(), slack, time, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
