using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Brigade.Slack.Diagnostics;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>
/// What each outcome of a Web API call leaves behind: the attempt counted with its outcome, the reason the
/// retries ran out, and nothing counted or retried when the caller itself cancels.
/// </summary>
public sealed class SlackApiClientOutcomeTests
{
    private static MetricCollector<long> Attempts(SlackApiHarness harness) =>
        new(harness.Get<IMeterFactory>(), SlackMetrics.MeterName, "brigade.slack.api.calls");

    private static string[] Outcomes(MetricCollector<long> attempts) =>
        attempts.GetMeasurementSnapshot().Select(m => $"{m.Tags["method"]} {m.Tags["outcome"]}").ToArray();

    [Fact]
    public async Task A_method_rate_limited_on_every_attempt_gives_up_saying_so()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        using var attempts = Attempts(harness);
        harness.Slack.Enqueue("auth.test", FakeReply.RateLimited(0), times: SlackApiClient.MaxAttempts);

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Time.AdvanceUntilDoneAsync(harness.Api.CallAsync("auth.test", new JsonObject())));

        Assert.Equal((SlackApiException.RetriesExhausted, "rate limited (429)"), (error.Error, Assert.Single(error.Messages)));
        Assert.Equal(["auth.test 429", "auth.test 429", "auth.test 429", "auth.test error"], Outcomes(attempts));
        Assert.Equal(SlackApiClient.MaxAttempts, harness.Slack.CallsTo("auth.test").Count);
    }

    [Fact]
    public async Task Server_errors_on_every_attempt_give_up_naming_the_status()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        using var attempts = Attempts(harness);
        harness.Slack.Enqueue("auth.test", FakeReply.ServerError(503), times: SlackApiClient.MaxAttempts);

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Time.AdvanceUntilDoneAsync(harness.Api.CallAsync("auth.test", new JsonObject())));

        Assert.Equal("HTTP 503", Assert.Single(error.Messages));
        Assert.Equal(["auth.test retried", "auth.test retried", "auth.test retried", "auth.test error"], Outcomes(attempts));
    }

    [Fact]
    public async Task A_500_is_a_server_error_and_a_499_is_not()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        harness.Slack.Enqueue("auth.test", FakeReply.ServerError(500));
        harness.Slack.Enqueue("auth.test", new FakeReply(499, RawBody: ""));

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Time.AdvanceUntilDoneAsync(harness.Api.CallAsync("auth.test", new JsonObject())));

        Assert.Equal("http_499", error.Error);
        Assert.Equal(2, harness.Slack.CallsTo("auth.test").Count);
    }

    [Fact]
    public async Task Timeouts_on_every_attempt_are_counted_as_retries_then_one_error()
    {
        var timeouts = new TimingOut();
        await using var harness = await SlackApiHarness.StartAsync(services: s =>
            s.AddHttpClient(SlackApiClient.HttpClientName).AddHttpMessageHandler(() => timeouts));
        using var attempts = Attempts(harness);

        await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Time.AdvanceUntilDoneAsync(harness.Api.CallAsync("auth.test", new JsonObject())));

        Assert.Equal(["auth.test retried", "auth.test retried", "auth.test retried", "auth.test error"], Outcomes(attempts));
    }

    [Fact]
    public async Task A_client_error_is_counted_as_an_error()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        using var attempts = Attempts(harness);
        harness.Slack.Enqueue("auth.test", new FakeReply(403, RawBody: "forbidden"));

        await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.CallAsync("auth.test", new JsonObject()));

        Assert.Equal(["auth.test error"], Outcomes(attempts));
    }

    [Fact]
    public async Task A_call_its_caller_cancelled_is_neither_retried_nor_counted()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        using var attempts = Attempts(harness);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.Api.CallAsync("auth.test", new JsonObject(), cancelled.Token));

        Assert.Empty(attempts.GetMeasurementSnapshot());
        Assert.DoesNotContain(harness.Logs.AtLeast(LogLevel.Warning), l => l.Message.Contains("retry"));
    }

    [Fact]
    public async Task Uploads_and_response_url_replies_are_counted_under_their_own_names()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        using var attempts = Attempts(harness);

        await harness.Api.UploadAsync(harness.Slack.UploadUrlPrefix + "F1", new byte[] { 1, 2 }, "a.bin");
        await harness.Api.RespondAsync(harness.Slack.ResponseUrl(), new JsonObject { ["text"] = "ok" });

        Assert.Equal(["file upload ok", "response_url ok"], Outcomes(attempts));
        Assert.Equal("application/octet-stream", Assert.Single(harness.Slack.CallsTo("(upload)")).ContentType);
        Assert.StartsWith("application/json", Assert.Single(harness.Slack.CallsTo("(response_url)")).ContentType);
    }

    [Fact]
    public async Task A_refused_response_url_reply_or_upload_names_what_failed()
    {
        var refuseUploads = new RefusingUploads();
        await using var harness = await SlackApiHarness.StartAsync(services: s =>
            s.AddHttpClient(SlackApiClient.HttpClientName).AddHttpMessageHandler(() => refuseUploads));
        using var attempts = Attempts(harness);
        harness.Slack.Enqueue("(response_url)", new FakeReply(404, RawBody: "no_service"));

        var reply = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Api.RespondAsync(harness.Slack.ResponseUrl(), new JsonObject { ["text"] = "ok" }));
        var upload = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Api.UploadAsync(harness.Slack.UploadUrlPrefix + "F1", new byte[] { 1 }, "a.bin"));

        Assert.Equal(("response_url", "http_404"), (reply.Method, reply.Error));
        Assert.Equal(("file upload", "http_403"), (upload.Method, upload.Error));
        Assert.Equal(["response_url error", "file upload error"], Outcomes(attempts));
    }

    [Fact]
    public async Task An_empty_diagnostic_message_is_kept_as_an_empty_line()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        harness.Slack.Enqueue("auth.test", new FakeReply(200, new JsonObject
        {
            ["ok"] = false,
            ["error"] = "invalid_arguments",
            ["response_metadata"] = new JsonObject { ["messages"] = new JsonArray(null, "[ERROR] missing") },
        }));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.CallAsync("auth.test", new JsonObject()));

        Assert.Equal(["", "[ERROR] missing"], error.Messages);
    }

    /// <summary>Answers 403 to every file upload, as a storage host refusing the URL would.</summary>
    private sealed class RefusingUploads : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            request.RequestUri!.AbsolutePath.StartsWith("/upload/", StringComparison.Ordinal)
                ? Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden) { Content = new StringContent("") })
                : base.SendAsync(request, ct);
    }

    /// <summary>Fails every request as HttpClient does when its own timeout fires.</summary>
    private sealed class TimingOut : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromException<HttpResponseMessage>(new TaskCanceledException("The request timed out."));
    }
}
