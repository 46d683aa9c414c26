using System.Text.Json.Nodes;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Testing;
using BrigadeBot.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BrigadeBot.Tests.Support;

/// <summary>
/// The whole bot in-process, driven through its real HTTP endpoints with signed requests, talking to a
/// local fake Slack, with a fake clock and its own database folder.
/// </summary>
public sealed class BrigadeHost : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-0123456789";
    public const string Animator = "U0ANIMATOR";
    public const string Member = "U0MEMBER1";

    private readonly WebApplicationFactory<Program> factory;

    private BrigadeHost(WebApplicationFactory<Program> factory, FakeSlackServer slack, FakeTimeProvider clock, string dataFolder,
        LogCapture logs)
    {
        this.factory = factory;
        Slack = slack;
        Clock = clock;
        DataFolder = dataFolder;
        Logs = logs;
        Client = factory.CreateClient();
        Signer = new SlackRequestSigner(SigningSecret, clock.GetUtcNow);
    }

    public FakeSlackServer Slack { get; }
    public FakeTimeProvider Clock { get; }
    public string DataFolder { get; }
    public LogCapture Logs { get; }
    public HttpClient Client { get; }
    public SlackRequestSigner Signer { get; }
    public IServiceProvider Services => factory.Services;
    public string DatabasePath => Path.Combine(DataFolder, "brigade.db");

    /// <summary>
    /// Starts the bot. Pass the <paramref name="slack"/>, <paramref name="clock"/> and <paramref name="dataFolder"/>
    /// of a previous host to simulate a restart.
    /// </summary>
    public static async Task<BrigadeHost> StartAsync(Dictionary<string, string?>? settings = null, FakeSlackServer? slack = null,
        FakeTimeProvider? clock = null, string? dataFolder = null, Action<IServiceCollection>? services = null)
    {
        slack ??= await FakeSlackServer.StartAsync();
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        dataFolder ??= TestFolders.Create("brigade-test-");
        var logs = new LogCapture();
        var config = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = FakeSlackServer.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:ResponseUrlPrefixes:0"] = slack.ResponseUrlPrefix,
            ["Slack:UploadUrlPrefixes:0"] = slack.UploadUrlPrefix,
            ["Storage:DatabasePath"] = Path.Combine(dataFolder, "brigade.db"),
            ["Sandbox:DatabasePath"] = Path.Combine(dataFolder, "sandbox.db"),
            ["Brigade:Animators:0"] = Animator,
            ["Brigade:Channels:Watch"] = "C0WATCH",
            ["Brigade:Channels:Codev"] = "C0CODEV",
            ["Brigade:Channels:Sheets"] = "C0SHEETS",
            ["Brigade:Channels:Events"] = "C0EVENTS",
            // Many tests book a session a few hours away; the notice rule's own tests set it.
            ["Brigade:Booking:MinNoticeHours"] = "0",
        };
        foreach (var (key, value) in settings ?? []) config[key] = value;

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in config) web.UseSetting(key, value);
            web.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
            web.ConfigureTestServices(collection =>
            {
                collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
                collection.Replace(ServiceDescriptor.Singleton(OnFakeClock.Pacing));
                // A full collection per host would cost seconds in a test process that holds many hosts' garbage;
                // its own test puts it back.
                collection.Remove(collection.Single(d => d.ImplementationType == typeof(StartupMemoryRelease)));
                services?.Invoke(collection);
            });
        });
        try
        {
            var host = new BrigadeHost(factory, slack, clock, dataFolder, logs); // CreateClient builds and starts the host
            return await Task.FromResult(host);
        }
        catch
        {
            try { await factory.DisposeAsync(); } catch (ObjectDisposedException) { }
            throw;
        }
    }

    public Task<HttpResponseMessage> CommandAsync(string text, string userId = Member, string channelId = "C0GENERAL",
        string? triggerId = "1.2.trigger") =>
        Client.SendAsync(Signer.Command(SlackForms.Command(text, userId, channelId, responseUrl: Slack.ResponseUrl(), triggerId: triggerId)));

    public Task<HttpResponseMessage> InteractionAsync(JsonNode payload) => Client.SendAsync(Signer.Interaction(payload));

    public Task<HttpResponseMessage> EventAsync(JsonNode body, int? retryNum = null)
    {
        var request = Signer.Event(body);
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString());
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return Client.SendAsync(request);
    }

    /// <summary>Waits until all work queued after acknowledgements is done (no sleeping).</summary>
    public Task IdleAsync() => Services.GetRequiredService<SlackFollowUpQueue>().WhenIdleAsync();

    public async ValueTask DisposeAsync() => await DisposeAsync(keepSlack: false);

    /// <summary>Stops the bot; keep the fake Slack to start another host on the same data (a restart).</summary>
    public async ValueTask DisposeAsync(bool keepSlack)
    {
        Client.Dispose();
        var database = Services.GetRequiredService<BrigadeBot.Storage.BrigadeDatabase>();
        await factory.DisposeAsync();
        // A restart test opens the same file next: make sure the lock is released even if a disposal above gave up early.
        database.Dispose();
        if (keepSlack) return;
        await Slack.DisposeAsync();
        PublicChannelGuard.Check(Slack);
    }
}
