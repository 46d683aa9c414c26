using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>How the client talks to Slack: token, bodies, ok:false, redirects.</summary>
public sealed class SlackApiClientRequestTests : IAsyncLifetime
{
    private SlackApiHarness harness = null!;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();
    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Ok_false_throws_with_slacks_error_code()
    {
        harness.Slack.Enqueue("chat.postMessage", FakeReply.Error("channel_not_found"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.PostMessageAsync("C404", new SlackMessage("x")));

        Assert.Equal("channel_not_found", error.Error);
        Assert.Equal("chat.postMessage", error.Method);
        Assert.Single(harness.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Ok_false_keeps_slacks_diagnostic_messages()
    {
        harness.Slack.Enqueue("views.publish", new FakeReply(200, SlackFixtures.Json("web_error_invalid_arguments.json")));

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Api.CallAsync("views.publish", new JsonObject { ["user_id"] = "U1" }));

        Assert.Equal("invalid_arguments", error.Error);
        Assert.NotEmpty(error.Messages);
        Assert.All(error.Messages, m => Assert.Contains("[json-pointer:", m));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_an_invalid_response()
    {
        harness.Slack.Enqueue("auth.test", new FakeReply(200, RawBody: "<html>maintenance</html>"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.CallAsync("auth.test", new JsonObject()));

        Assert.Equal("invalid_response", error.Error);
    }

    [Fact]
    public async Task The_bot_token_goes_in_a_bearer_header_and_json_bodies_say_utf8()
    {
        await harness.Api.PostMessageAsync("C1", new SlackMessage("Café crème"));

        var call = Assert.Single(harness.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("Bearer " + FakeSlackServer.BotToken, call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("Café crème", call.Arg("text"));
        Assert.Null(call.Arg("token"));
    }

    [Theory]
    [InlineData("users.info", "user", "U1")]
    [InlineData("chat.getPermalink", "channel", "C1")]
    [InlineData("files.getUploadURLExternal", "filename", "bilan.pdf")]
    public async Task Read_and_upload_ticket_methods_send_a_form(string method, string name, string value)
    {
        var arguments = new JsonObject { [name] = value, ["message_ts"] = "1.2", ["channel"] = "C1", ["length"] = 12 };

        await harness.Api.CallAsync(method, arguments);

        var call = Assert.Single(harness.Slack.CallsTo(method));
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType);
        Assert.Equal("Bearer " + FakeSlackServer.BotToken, call.Authorization);
        Assert.Equal(value, call.Arg(name));
        Assert.Equal("12", call.Arg("length"));
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        harness.Slack.Enqueue("chat.postMessage", FakeReply.Redirect(harness.Slack.ResponseUrl("elsewhere")));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.PostMessageAsync("C1", new SlackMessage("x")));

        Assert.Equal("http_302", error.Error);
        Assert.Empty(harness.Slack.CallsTo("(response_url)"));
        Assert.Single(harness.Slack.Calls);
    }

    [Fact]
    public async Task A_redirect_from_a_response_url_is_not_followed_either()
    {
        harness.Slack.Enqueue("(response_url)", FakeReply.Redirect(harness.Slack.ApiBaseUrl + "chat.postMessage", 307));

        await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Api.RespondAsync(harness.Slack.ResponseUrl(), new JsonObject { ["text"] = "x" }));

        Assert.Empty(harness.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Without_an_app_token_socket_mode_calls_are_not_authed()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Api.CallAsync("apps.connections.open", new JsonObject(), token: SlackToken.App));

        Assert.Equal("not_authed", error.Error);
        Assert.Empty(harness.Slack.Calls);
    }
}
