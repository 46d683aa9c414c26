using Brigade.Slack.BlockKit;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>Ephemeral replies: through an allowed response_url, else chat.postEphemeral, else a DM.</summary>
public sealed class SlackMessengerTests : IAsyncLifetime
{
    private static readonly SlackMessage Reply = new("C'est noté.");
    private SlackApiHarness harness = null!;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();
    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task An_allowed_response_url_gets_the_reply()
    {
        await harness.Messenger.ReplyEphemeralAsync(harness.Slack.ResponseUrl("r1"), "C1", "U1", Reply, replaceOriginal: true);

        var call = Assert.Single(harness.Slack.Calls);
        Assert.Equal("(response_url)", call.Method);
        Assert.Equal("/hooks/commands/T0TEAM/r1", call.Arguments["url"]?.GetValue<string>());
        var message = call.Arguments["message"]!;
        Assert.Equal("C'est noté.", message["text"]?.GetValue<string>());
        Assert.Equal("ephemeral", message["response_type"]?.GetValue<string>());
        Assert.True(message["replace_original"]?.GetValue<bool>());
        Assert.Null(call.Authorization);
    }

    [Fact]
    public async Task A_response_url_outside_the_allowed_prefixes_is_refused_and_chat_post_ephemeral_used()
    {
        await using var evil = await FakeSlackServer.StartAsync();

        await harness.Messenger.ReplyEphemeralAsync(evil.ResponseUrl("steal"), "C1", "U1", Reply);

        Assert.Empty(evil.Calls);
        var call = Assert.Single(harness.Slack.Calls);
        Assert.Equal("chat.postEphemeral", call.Method);
        Assert.Equal(("C1", "U1", "C'est noté."), (call.Arg("channel"), call.Arg("user"), call.Arg("text")));
        Assert.Contains(harness.Logs.AtLeast(LogLevel.Warning), l => l.Message.Contains("Refused to follow a response_url"));
    }

    [Fact]
    public async Task The_example_evil_host_is_refused()
    {
        await harness.Messenger.ReplyEphemeralAsync("https://evil.example/", "C1", "U1", Reply);

        Assert.Equal(["chat.postEphemeral"], harness.Slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Without_a_usable_channel_the_reply_goes_by_direct_message()
    {
        harness.Slack.Enqueue("chat.postEphemeral", FakeReply.Error("not_in_channel"));

        await harness.Messenger.ReplyEphemeralAsync(null, "C1", "U1", Reply);

        Assert.Equal(["chat.postEphemeral", "conversations.open", "chat.postMessage"], harness.Slack.Calls.Select(c => c.Method));
        Assert.Equal("U1", harness.Slack.CallsTo("conversations.open")[0].Arg("users"));
        Assert.Equal("D1", harness.Slack.CallsTo("chat.postMessage")[0].Arg("channel"));
    }

    [Fact]
    public async Task The_direct_message_channel_is_opened_once_per_member()
    {
        await harness.Messenger.SendDirectAsync("U7", Reply);
        await harness.Messenger.SendDirectAsync("U7", Reply);

        Assert.Single(harness.Slack.CallsTo("conversations.open"));
        Assert.Equal(2, harness.Slack.CallsTo("chat.postMessage").Count);
    }

    [Theory]
    [InlineData("https://hooks.slack.com", "https://hooks.slack.com/commands/T1/1/x", true)]
    [InlineData("https://hooks.slack.com", "https://hooks.slack.com.evil.example/commands/T1/1/x", false)]
    [InlineData("https://hooks.slack.com", "https://hooks.slack.com:8443/commands/T1/1/x", false)]
    [InlineData("https://hooks.slack.com/", "https://hooks.slack.com@evil.example/x", false)]
    [InlineData("https://hooks.slack.com/", "http://hooks.slack.com/commands/T1/1/x", false)]
    [InlineData("https://hooks.slack.com/", "HTTPS://HOOKS.SLACK.COM/commands/T1/1/x", true)]
    [InlineData("https://hooks.slack.com/commands/", "https://hooks.slack.com/commands-evil/x", false)]
    [InlineData("https://hooks.slack.com/commands", "https://hooks.slack.com/commands/T1/1/x", true)]
    [InlineData("https://hooks.slack.com/commands", "https://hooks.slack.com/commandsx/T1/1/x", false)]
    [InlineData("https://hooks.slack.com/commands/", "https://hooks.slack.com/commands/../evil/x", false)]
    [InlineData("http://127.0.0.1:5", "http://127.0.0.1:5999/hooks/x", false)]
    public async Task Only_urls_on_an_allowed_host_and_path_are_followed(string prefix, string url, bool allowed)
    {
        await using var configured = await SlackApiHarness.StartAsync(c => c["Slack:ResponseUrlPrefixes:0"] = prefix);

        Assert.Equal(allowed, configured.Messenger.IsAllowedResponseUrl(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/hooks/relative")]
    public void Missing_or_malformed_response_urls_are_not_followed(string? url)
    {
        Assert.False(harness.Messenger.IsAllowedResponseUrl(url));
    }
}
