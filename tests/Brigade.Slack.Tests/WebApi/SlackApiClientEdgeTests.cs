using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>Which methods go as a form, how form values are written, odd answers, and timeouts.</summary>
public sealed class SlackApiClientEdgeTests
{
    [Theory]
    [InlineData("users.info")]
    [InlineData("users.list")]
    [InlineData("chat.getPermalink")]
    [InlineData("conversations.list")]
    [InlineData("conversations.members")]
    [InlineData("conversations.info")]
    [InlineData("files.getUploadURLExternal")]
    [InlineData("usergroups.users.list")]
    [InlineData("chat.postMessage", false)]
    public async Task Read_methods_go_as_a_form_and_writes_as_json(string method, bool form = true)
    {
        await using var harness = await SlackApiHarness.StartAsync();

        try
        {
            await harness.Api.CallAsync(method, new JsonObject { ["channel"] = "C1" });
        }
        catch (SlackApiException)
        {
            // Only the request matters here, not whether the fake accepts its arguments.
        }

        var call = Assert.Single(harness.Slack.CallsTo(method));
        Assert.StartsWith(form ? "application/x-www-form-urlencoded" : "application/json", call.ContentType);
    }

    [Fact]
    public async Task Socket_mode_connections_are_opened_with_a_form_and_the_app_token()
    {
        await using var harness = await SlackApiHarness.StartAsync(c => c["Slack:AppToken"] = FakeSlackServer.AppToken);

        await harness.Api.CallAsync("apps.connections.open", new JsonObject(), token: SlackToken.App);

        var call = Assert.Single(harness.Slack.CallsTo("apps.connections.open"));
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType);
        Assert.Equal("Bearer " + FakeSlackServer.AppToken, call.Authorization);
    }

    [Fact]
    public async Task Form_values_are_written_as_slack_expects_them()
    {
        await using var harness = await SlackApiHarness.StartAsync();

        await harness.Api.CallAsync("conversations.list", new JsonObject
        {
            ["types"] = "public_channel",
            ["limit"] = 200,
            ["exclude_archived"] = true,
            ["cursor"] = null,
        });

        var call = Assert.Single(harness.Slack.CallsTo("conversations.list"));
        Assert.Equal(("public_channel", "200", "true", ""),
            (call.Arg("types"), call.Arg("limit"), call.Arg("exclude_archived"), call.Arg("cursor")));
    }

    [Fact]
    public async Task An_api_base_url_without_its_final_slash_still_reaches_the_api()
    {
        await using var trimmed = await SlackApiHarness.StartAsync(c => c["Slack:ApiBaseUrl"] = c["Slack:ApiBaseUrl"]!.TrimEnd('/'));

        await trimmed.Api.CallAsync("auth.test", new JsonObject());

        Assert.Single(trimmed.Slack.CallsTo("auth.test"));
    }

    [Fact]
    public async Task Ok_false_without_an_error_code_is_an_unknown_error()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        harness.Slack.Enqueue("auth.test", new FakeReply(200, new JsonObject { ["ok"] = false }));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.CallAsync("auth.test", new JsonObject()));

        Assert.Equal("unknown_error", error.Error);
    }

    [Fact]
    public async Task A_json_answer_that_is_not_an_object_is_an_invalid_response()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        harness.Slack.Enqueue("auth.test", new FakeReply(200, RawBody: "[1, 2]"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.CallAsync("auth.test", new JsonObject()));

        Assert.Equal("invalid_response", error.Error);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        await using var harness = await SlackApiHarness.StartAsync();
        harness.Slack.Enqueue("auth.test", new FakeReply(404, RawBody: "not found"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.CallAsync("auth.test", new JsonObject()));

        Assert.Equal("http_404", error.Error);
        Assert.Single(harness.Slack.CallsTo("auth.test"));
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried_then_reported_with_its_cause()
    {
        var timeouts = new TimeoutEveryTime();
        await using var harness = await SlackApiHarness.StartAsync(services: s =>
            s.AddHttpClient(SlackApiClient.HttpClientName).AddHttpMessageHandler(() => timeouts));

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Time.AdvanceUntilDoneAsync(harness.Api.CallAsync("auth.test", new JsonObject())));

        Assert.Equal(SlackApiException.RetriesExhausted, error.Error);
        Assert.IsType<TaskCanceledException>(error.InnerException);
        Assert.Equal(SlackApiClient.MaxAttempts, timeouts.Seen);
    }

    [Fact]
    public async Task A_timeout_followed_by_an_answer_succeeds_after_a_backoff()
    {
        var timeouts = new TimeoutEveryTime(times: 1);
        await using var harness = await SlackApiHarness.StartAsync(services: s =>
            s.AddHttpClient(SlackApiClient.HttpClientName).AddHttpMessageHandler(() => timeouts));

        var call = harness.Api.CallAsync("auth.test", new JsonObject());
        var wait = await harness.Time.NextTimerAsync();
        harness.Time.Advance(wait);
        await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.InRange(wait, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(350));
        Assert.Single(harness.Slack.CallsTo("auth.test"));
    }

    /// <summary>Fails the first <c>times</c> requests as HttpClient does when its own timeout fires.</summary>
    private sealed class TimeoutEveryTime(int times = int.MaxValue) : DelegatingHandler
    {
        public int Seen { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            ++Seen <= times
                ? Task.FromException<HttpResponseMessage>(new TaskCanceledException("The request timed out."))
                : base.SendAsync(request, ct);
    }
}
