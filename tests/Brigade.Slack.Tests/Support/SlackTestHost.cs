using System.Text.Json.Nodes;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Http;
using Brigade.Slack.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.Support;

/// <summary>
/// The Slack layer in a real ASP.NET Core host on a loopback port, wired like the app (AddSlack, the test routes,
/// MapSlackEndpoints), talking to a <see cref="FakeSlackServer"/>, on a fake clock, with every log line captured.
/// </summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-5ef1c3a9";

    private readonly WebApplication app;

    private SlackTestHost(WebApplication app, FakeSlackServer slack, ObservedTimeProvider time, LogCapture logs)
    {
        this.app = app;
        Slack = slack;
        Time = time;
        Logs = logs;
        Signer = new SlackRequestSigner(SigningSecret, time.GetUtcNow);
    }

    public FakeSlackServer Slack { get; }
    public ObservedTimeProvider Time { get; }
    public LogCapture Logs { get; }
    public SlackRequestSigner Signer { get; }
    public HttpClient Client { get; private set; } = null!;
    public IServiceProvider Services => app.Services;
    public HandlerLog Handled => Services.GetRequiredService<HandlerLog>();
    public SlackFollowUpQueue FollowUp => Services.GetRequiredService<SlackFollowUpQueue>();

    /// <summary>Starts a host; <paramref name="settings"/> may change or remove (null) any Slack:* key.</summary>
    public static async Task<SlackTestHost> StartAsync(Action<Dictionary<string, string?>>? settings = null,
        LogLevel minimumLevel = LogLevel.Debug, Action<SlackFailureTexts>? configureFailureTexts = null, FollowUpPacing? pacing = null)
    {
        var slack = await FakeSlackServer.StartAsync();
        var config = Settings(slack, settings);

        var time = new ObservedTimeProvider();
        var logs = new LogCapture();
        var builder = LoopbackServer.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.AddProvider(logs).SetMinimumLevel(minimumLevel);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(pacing ?? OnFakeClock.Pacing);
        builder.Services.AddSingleton<HandlerLog>();
        builder.Services.AddSlack(builder.Configuration, configureFailureTexts).AddTestRoutes();

        var app = builder.Build();
        app.MapSlackEndpoints();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            await slack.DisposeAsync();
            throw;
        }
        var host = new SlackTestHost(app, slack, time, logs);
        host.Client = new HttpClient { BaseAddress = new Uri(LoopbackServer.AddressOf(app)), Timeout = TimeSpan.FromSeconds(20) };
        return host;
    }

    /// <summary>The Slack:* settings that point the layer at <paramref name="slack"/>, then the test's changes.</summary>
    internal static Dictionary<string, string?> Settings(FakeSlackServer slack, Action<Dictionary<string, string?>>? change)
    {
        var config = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = FakeSlackServer.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:ResponseUrlPrefixes:0"] = slack.ResponseUrlPrefix,
            ["Slack:UploadUrlPrefixes:0"] = slack.UploadUrlPrefix,
        };
        change?.Invoke(config);
        return config;
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Client.SendAsync(request);

    /// <summary>Posts a signed slash command whose text is <paramref name="text"/>.</summary>
    /// <summary>Posts the slow command and returns once the dispatcher waits on the ack deadline (its ack still in flight).</summary>
    public async Task<Task<HttpResponseMessage>> StartSlowCommandAsync()
    {
        var response = CommandAsync(TestRoutes.SlowCommand, Slack.ResponseUrl("slow"));
        await Handled.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Time.WaitForTimerAsync(new SlackOptions().AckDeadline);
        return response;
    }

    /// <summary>Queues follow-up work that only records that it ran.</summary>
    public TaskCompletionSource EnqueueMarker()
    {
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        FollowUp.Enqueue("marker", (_, _) =>
        {
            ran.SetResult();
            return Task.CompletedTask;
        });
        return ran;
    }

    public Task<HttpResponseMessage> CommandAsync(string text, string? responseUrl = null) =>
        SendAsync(Signer.Command(SlackForms.Command(text, responseUrl: responseUrl ?? Slack.ResponseUrl())));

    public Task<HttpResponseMessage> InteractionAsync(JsonNode payload) => SendAsync(Signer.Interaction(payload));

    public Task<HttpResponseMessage> EventAsync(JsonNode body) => SendAsync(Signer.Event(body));

    /// <summary>Stops the app as a shutdown would, leaving any slow handler where it is.</summary>
    public Task StopAppAsync() => app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        // A slow handler left waiting would hold the follow-up worker, and so the shutdown.
        Handled.SlowReply.TrySetResult(null);
        Services.GetRequiredService<LateGates>().Release();
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
