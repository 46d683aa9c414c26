using System.Net;
using System.Net.Http.Headers;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>How long a 429 makes a method wait: Retry-After as seconds or as a date, capped, never negative.</summary>
public sealed class RetryAfterTests
{
    private static readonly SlackMessage Hello = new("Bonjour");

    [Fact]
    public async Task A_retry_after_longer_than_a_minute_is_capped_to_a_minute()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        harness.Slack.Enqueue("chat.postMessage", FakeReply.RateLimited(3600));

        var post = harness.Api.PostMessageAsync("C1", Hello);

        Assert.Equal(TimeSpan.FromSeconds(60), await harness.Time.NextTimerAsync());
        harness.Time.Advance(TimeSpan.FromSeconds(60));
        await post.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, harness.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task A_retry_after_date_is_read_on_the_injected_clock()
    {
        var rateLimit = new RateLimitOnce(now => now + TimeSpan.FromSeconds(30));
        await using var harness = await StartAsync(rateLimit);
        harness.Time.SetUtcNow(new DateTimeOffset(2030, 1, 15, 9, 0, 0, TimeSpan.Zero));
        rateLimit.Clock = harness.Time;

        var post = harness.Api.PostMessageAsync("C1", Hello);

        Assert.Equal(TimeSpan.FromSeconds(30), await harness.Time.NextTimerAsync());
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        await post.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(harness.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_retry_after_date_already_past_retries_at_once()
    {
        var rateLimit = new RateLimitOnce(now => now - TimeSpan.FromMinutes(5));
        await using var harness = await StartAsync(rateLimit);
        rateLimit.Clock = harness.Time;

        await harness.Api.PostMessageAsync("C1", Hello).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, rateLimit.Seen);
        Assert.Single(harness.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_429_without_retry_after_waits_one_second()
    {
        var rateLimit = new RateLimitOnce(null);
        await using var harness = await StartAsync(rateLimit);

        var post = harness.Api.PostMessageAsync("C1", Hello);

        Assert.Equal(TimeSpan.FromSeconds(1), await harness.Time.NextTimerAsync());
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await post.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(harness.Slack.CallsTo("chat.postMessage"));
    }

    private static Task<SlackApiHarness> StartAsync(RateLimitOnce rateLimit) =>
        SlackApiHarness.StartAsync(services: s => s.AddHttpClient(SlackApiClient.HttpClientName).AddHttpMessageHandler(() => rateLimit));

    /// <summary>Answers the first request with a 429 whose Retry-After is a date (or absent), then lets requests through.</summary>
    private sealed class RateLimitOnce(Func<DateTimeOffset, DateTimeOffset>? retryAt) : DelegatingHandler
    {
        public TimeProvider Clock { get; set; } = TimeProvider.System;
        public int Seen { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (++Seen > 1) return base.SendAsync(request, ct);
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("") };
            if (retryAt is not null)
                response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAt(Clock.GetUtcNow()));
            return Task.FromResult(response);
        }
    }
}
