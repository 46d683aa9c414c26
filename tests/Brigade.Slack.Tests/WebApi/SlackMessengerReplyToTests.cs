using System.Text.Json;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>Answering the person who clicked a button: where they clicked, through the payload's own response_url.</summary>
public sealed class SlackMessengerReplyToTests : IAsyncLifetime
{
    private SlackApiHarness harness = null!;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();
    public async Task DisposeAsync() => await harness.DisposeAsync();

    private BlockActionsPayload Click(string? responseUrl)
    {
        var json = SlackFixtures.Json("block_actions_button.json");
        json["response_url"] = responseUrl;
        return SlackJson.Deserialize<BlockActionsPayload>(JsonDocument.Parse(json.ToJsonString()).RootElement);
    }

    [Fact]
    public async Task A_short_answer_goes_to_the_response_url_as_an_ephemeral_keeping_the_original()
    {
        await harness.Messenger.ReplyToAsync(Click(harness.Slack.ResponseUrl("click")), "C'est *noté*.");

        var call = Assert.Single(harness.Slack.Calls);
        Assert.Equal("/hooks/commands/T0TEAM/click", call.Arguments["url"]?.GetValue<string>());
        var message = call.Arguments["message"]!;
        Assert.Equal(("C'est *noté*.", "ephemeral", false),
            (message["text"]?.GetValue<string>(), message["response_type"]?.GetValue<string>(), message["replace_original"]?.GetValue<bool>()));
    }

    [Fact]
    public async Task A_message_may_replace_the_one_clicked()
    {
        await harness.Messenger.ReplyToAsync(Click(harness.Slack.ResponseUrl("click")), new SlackMessage("Annulé"), replaceOriginal: true);

        Assert.True(Assert.Single(harness.Slack.Calls).Arguments["message"]?["replace_original"]?.GetValue<bool>());
    }

    [Fact]
    public async Task Without_a_response_url_the_answer_is_an_ephemeral_in_the_channel_to_the_one_who_clicked()
    {
        var click = Click(null);

        await harness.Messenger.ReplyToAsync(click, "C'est noté.");

        var call = Assert.Single(harness.Slack.Calls);
        Assert.Equal(("chat.postEphemeral", click.ChannelId, click.User.Id, "C'est noté."),
            (call.Method, call.Arg("channel"), call.Arg("user"), call.Arg("text")));
    }
}
