using System.Text.Json;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.Payloads;

/// <summary>The channel of a block action: the payload's channel first, else the message container's.</summary>
public sealed class BlockActionsChannelTests
{
    private static BlockActionsPayload Parse(string json) => SlackJson.Deserialize<BlockActionsPayload>(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void The_fixture_channel_is_read_from_both_places()
    {
        var payload = SlackJson.Deserialize<BlockActionsPayload>(SlackFixtures.Element("block_actions_button.json"));

        Assert.Equal(("C111", "test-channel", "C111"), (payload.Channel?.Id, payload.Channel?.Name, payload.Container?.ChannelId));
        Assert.Equal("C111", payload.ChannelId);
    }

    [Fact]
    public void The_payload_channel_wins_over_the_container()
    {
        Assert.Equal("C1", Parse("""{"channel":{"id":"C1"},"container":{"type":"message","channel_id":"C2"}}""").ChannelId);
    }

    [Fact]
    public void Without_a_payload_channel_the_container_gives_it()
    {
        Assert.Equal("C2", Parse("""{"container":{"type":"message","channel_id":"C2"}}""").ChannelId);
    }

    [Fact]
    public void Without_a_container_the_payload_channel_gives_it()
    {
        Assert.Equal("C1", Parse("""{"channel":{"id":"C1"}}""").ChannelId);
    }

    [Fact]
    public void A_view_action_has_no_channel()
    {
        Assert.Null(Parse("""{"container":{"type":"view","view_id":"V1"}}""").ChannelId);
    }
}
