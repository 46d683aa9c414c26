using System.Collections.Concurrent;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Watch;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BrigadeBot.Tests.Features.Watch;

/// <summary>Small waits and look-ups shared by the watch tests (no sleeping: every wait ends on an event).</summary>
public static class WatchTestKit
{
    public static WatchStore Store(this BrigadeHost host) => host.Services.GetRequiredService<WatchStore>();

    public static async Task<WatchItem> OnlyItemAsync(this BrigadeHost host) => Assert.Single(await host.Store().InStatesAsync(Enum.GetValues<WatchState>()));

    /// <summary>Submits the modal and checks Slack got an empty 200 (the modal closes).</summary>
    public static async Task<WatchItem> ScheduleAsync(this BrigadeHost host, WatchForm? form = null, string? metadata = null)
    {
        var response = await host.InteractionAsync(WatchPayloads.Submission(form ?? new WatchForm(), metadata: metadata));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await host.IdleAsync();
        return (await host.Store().InStatesAsync(Enum.GetValues<WatchState>())).MaxBy(i => i.Id)!;
    }

    public static IReadOnlyList<SlackCall> PostsTo(this FakeSlackServer slack, string channel) =>
        slack.CallsTo("chat.postMessage").Where(c => c.Arg("channel") == channel).ToList();

    /// <summary>Waits until <paramref name="count"/> messages were posted in <paramref name="channel"/>.</summary>
    public static async Task<IReadOnlyList<SlackCall>> WaitForPostsAsync(this FakeSlackServer slack, string channel, int count = 1)
    {
        for (var total = 1; ; )
        {
            var calls = await slack.WaitForAsync("chat.postMessage", total);
            var matching = calls.Where(c => c.Arg("channel") == channel).ToList();
            if (matching.Count >= count) return matching;
            total = calls.Count + 1;
        }
    }

    /// <summary>JSON as a person reads it: accents and angle brackets unescaped.</summary>
    public static string Readable(this JsonNode node) => SlackCall.Unescaped(node.ToJsonString(ReadableJson));

    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>Counts the jobs Quartz finished, so a test can wait for a publication to be recorded.</summary>
public sealed class JobRuns : IJobListener
{
    private readonly ConcurrentDictionary<JobKey, int> finished = new();
    private readonly SemaphoreSlim signal = new(0);

    public string Name => "test-job-runs";

    public static async Task<JobRuns> AttachAsync(BrigadeHost host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var runs = new JobRuns();
        scheduler.ListenerManager.AddJobListener(runs, [GroupMatcher<JobKey>.AnyGroup()]);
        return runs;
    }

    public int Count(JobKey key) => finished.GetValueOrDefault(key);

    public async Task WaitAsync(JobKey key, int count = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Count(key) < count)
        {
            try
            {
                await signal.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{key} ran {Count(key)} time(s); expected {count}.");
            }
        }
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        finished.AddOrUpdate(context.JobDetail.Key, 1, (_, n) => n + 1);
        signal.Release();
        return ValueTask.CompletedTask;
    }
}
