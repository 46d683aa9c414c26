using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>429, 5xx and network failures: waits on the injected clock, bounded retries, then a clear error.</summary>
public sealed class SlackApiClientRetryTests : IAsyncLifetime
{
    private static readonly SlackMessage Hello = new("Bonjour");
    private SlackApiHarness harness = null!;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();
    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task A_429_waits_exactly_the_retry_after_then_succeeds()
    {
        harness.Slack.Enqueue("chat.postMessage", FakeReply.RateLimited(2));

        var post = harness.Api.PostMessageAsync("C1", Hello);
        Assert.Equal(TimeSpan.FromSeconds(2), await harness.Time.NextTimerAsync());
        harness.Time.Advance(TimeSpan.FromMilliseconds(1999));

        Assert.False(post.IsCompleted);
        Assert.Single(harness.Slack.CallsTo("chat.postMessage"));

        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        var posted = await post.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("C1", posted.Channel);
        Assert.Equal(2, harness.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task A_429_pauses_every_caller_of_that_method()
    {
        harness.Slack.Enqueue("chat.postMessage", FakeReply.RateLimited(2));
        var first = harness.Api.PostMessageAsync("C1", Hello);
        await harness.Time.NextTimerAsync();

        var second = harness.Api.PostMessageAsync("C2", Hello);
        Assert.Equal(TimeSpan.FromSeconds(2), await harness.Time.NextTimerAsync());
        Assert.Single(harness.Slack.CallsTo("chat.postMessage"));

        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, harness.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_a_growing_backoff_then_succeed()
    {
        harness.Slack.Enqueue("chat.postMessage", FakeReply.ServerError(503), times: 2);

        var post = harness.Api.PostMessageAsync("C1", Hello);
        var firstWait = await harness.Time.NextTimerAsync();
        harness.Time.Advance(firstWait);
        var secondWait = await harness.Time.NextTimerAsync();
        harness.Time.Advance(secondWait);
        await post.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.InRange(firstWait, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(350));
        Assert.InRange(secondWait, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(600));
        Assert.Equal(3, harness.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task When_retries_run_out_the_error_says_so()
    {
        harness.Slack.Enqueue("chat.postMessage", FakeReply.ServerError(500), times: SlackApiClient.MaxAttempts);

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Time.AdvanceUntilDoneAsync(harness.Api.PostMessageAsync("C1", Hello)));

        Assert.Equal(SlackApiException.RetriesExhausted, error.Error);
        Assert.Equal(SlackApiClient.MaxAttempts, harness.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task A_network_failure_is_retried_then_reported_clearly()
    {
        await using var unreachable = await SlackApiHarness.StartAsync(c => c["Slack:ApiBaseUrl"] = SlackApiHarness.UnreachableApiBaseUrl());
        var start = unreachable.Time.GetUtcNow();

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            unreachable.Time.AdvanceUntilDoneAsync(unreachable.Api.CallAsync("auth.test", new JsonObject())));

        Assert.Equal(SlackApiException.RetriesExhausted, error.Error);
        Assert.Equal("auth.test", error.Method);
        Assert.Contains("ConnectionError", error.Messages);
        Assert.True(unreachable.Time.GetUtcNow() - start >= TimeSpan.FromMilliseconds(250 + 500 + 1000));
    }
}
