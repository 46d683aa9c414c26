using System.Text;
using System.Text.Json.Nodes;
using Brigade.Slack.Inbound;
using Brigade.Slack.SocketMode;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Brigade.Slack.Tests.SocketMode;

public sealed class SocketModeUnitTests
{
    private static readonly SocketModeOptions Timings = new() { ReconnectDelaySeconds = 1, MaxReconnectDelaySeconds = 30 };

    [Fact]
    public void Waits_double_from_the_first_delay_and_stop_at_the_maximum_with_jitter_between_half_and_all()
    {
        var low = new ReconnectBackoff(Timings, () => 0);
        var high = new ReconnectBackoff(Timings, () => 1);

        var lows = Enumerable.Range(0, 8).Select(_ => low.Next().TotalSeconds).ToArray();
        var highs = Enumerable.Range(0, 8).Select(_ => high.Next().TotalSeconds).ToArray();

        Assert.Equal([0.5, 1, 2, 4, 8, 15, 15, 15], lows);
        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], highs);
    }

    [Fact]
    public void Only_a_connection_that_lived_longer_than_the_longest_wait_starts_the_waits_over()
    {
        var backoff = new ReconnectBackoff(Timings, () => 1);
        backoff.Next();
        backoff.Next();

        backoff.ConnectionEnded(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(4), backoff.Next());

        backoff.ConnectionEnded(TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }

    [Fact]
    public void Health_tolerates_a_disconnection_for_the_grace_period_only()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        var state = new SlackConnectionState(Options.Create(new SlackOptions { AppToken = "xapp-1" }),
            Options.Create(new SocketModeOptions { DisconnectedGraceSeconds = 30 }), clock);

        state.Starting();
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(state.IsHealthy);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(state.IsHealthy);

        state.Opened();
        Assert.True(state.IsHealthy);
        clock.Advance(TimeSpan.FromHours(1));
        state.Closed("network");
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True(state.IsHealthy);
        Assert.Equal("disconnected", state.Status);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(state.IsHealthy);
    }

    [Fact]
    public void The_ack_embeds_the_serialized_reply_as_it_is()
    {
        var reply = SlackAck.WithJson(new JsonObject { ["text"] = "Réservé : « Atelier »" });

        var frame = SocketModeAck.Write("env-1", reply, acceptsPayload: true);

        Assert.Contains("\"payload\":{\"text\":\"Réservé : « Atelier »\"}", Encoding.UTF8.GetString(frame));
        Assert.Equal("""{"envelope_id":"env-1"}""", Encoding.UTF8.GetString(SocketModeAck.Write("env-1", reply, acceptsPayload: false)));
    }

    [Fact]
    public void A_plain_text_reply_becomes_a_message_payload()
    {
        var frame = SocketModeAck.Write("env-2", SlackAck.WithText("ok"), acceptsPayload: true);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"envelope_id":"env-2","payload":{"text":"ok"}}"""), JsonNode.Parse(frame)));
    }
}
