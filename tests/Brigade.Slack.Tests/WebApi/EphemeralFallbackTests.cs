using Brigade.Slack.BlockKit;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>When an ephemeral reply falls back to a direct message, and when a failure is the caller's to see.</summary>
public sealed class EphemeralFallbackTests : IAsyncLifetime
{
    private static readonly SlackMessage Reply = new("C'est noté.");
    private SlackApiHarness harness = null!;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();
    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("user_not_in_channel")]
    public async Task Each_error_meaning_the_channel_is_unusable_falls_back_to_a_direct_message(string error)
    {
        harness.Slack.Enqueue("chat.postEphemeral", FakeReply.Error(error));

        await harness.Messenger.ReplyEphemeralAsync(null, "C1", "U1", Reply);

        Assert.Equal(["chat.postEphemeral", "conversations.open", "chat.postMessage"], harness.Slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Another_error_reaches_the_caller_and_sends_no_direct_message()
    {
        harness.Slack.Enqueue("chat.postEphemeral", FakeReply.Error("msg_too_long"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => harness.Messenger.ReplyEphemeralAsync(null, "C1", "U1", Reply));

        Assert.Equal("msg_too_long", error.Error);
        Assert.Equal(["chat.postEphemeral"], harness.Slack.Calls.Select(c => c.Method));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Without_a_channel_the_reply_goes_straight_to_a_direct_message(string? channel)
    {
        await harness.Messenger.ReplyEphemeralAsync(null, channel, "U1", Reply);

        Assert.Equal(["conversations.open", "chat.postMessage"], harness.Slack.Calls.Select(c => c.Method));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Without_a_response_url_nothing_is_reported_as_refused(string? responseUrl)
    {
        await harness.Messenger.ReplyEphemeralAsync(responseUrl, "C1", "U1", Reply);

        Assert.Equal(["chat.postEphemeral"], harness.Slack.Calls.Select(c => c.Method));
        Assert.DoesNotContain(harness.Logs.AtLeast(LogLevel.Warning), l => l.Message.Contains("Refused to follow a response_url"));
    }

    [Fact]
    public async Task A_reply_through_the_response_url_keeps_the_original_unless_asked()
    {
        await harness.Messenger.ReplyEphemeralAsync(harness.Slack.ResponseUrl("r2"), "C1", "U1", Reply);

        var message = Assert.Single(harness.Slack.Calls).Arguments["message"]!;
        Assert.False(message["replace_original"]?.GetValue<bool>());
    }
}
