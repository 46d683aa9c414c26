using System.Text;
using Brigade.Slack.Inbound;
using Brigade.Slack.SocketMode;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>Which acknowledgements carry a payload over the socket, and which carry the envelope id alone.</summary>
public sealed class SocketModeAckTests
{
    private static string Write(SlackAck ack, bool acceptsPayload = true) =>
        Encoding.UTF8.GetString(SocketModeAck.Write("env-1", ack, acceptsPayload));

    [Fact]
    public void A_refusal_carries_no_payload_even_with_a_body() =>
        Assert.Equal("""{"envelope_id":"env-1"}""", Write(new SlackAck(400, Encoding.UTF8.GetBytes("""{"text":"non"}"""), "non")));

    [Fact]
    public void An_empty_ack_carries_no_payload() =>
        Assert.Equal("""{"envelope_id":"env-1"}""", Write(SlackAck.Empty));

    [Fact]
    public void An_empty_body_falls_back_to_the_text()
    {
        Assert.Equal("""{"envelope_id":"env-1","payload":{"text":"ok"}}""", Write(new SlackAck(200, [], "ok")));
        Assert.Equal("""{"envelope_id":"env-1"}""", Write(new SlackAck(200, [], "")));
    }

    [Fact]
    public void A_text_reply_is_dropped_when_the_envelope_accepts_no_payload() =>
        Assert.Equal("""{"envelope_id":"env-1"}""", Write(SlackAck.WithText("ok"), acceptsPayload: false));

    [Fact]
    public void A_large_reply_is_written_whole()
    {
        var text = new string('é', 5000);

        Assert.Equal($$$"""{"envelope_id":"env-1","payload":{"text":"{{{text}}}"}}""",
            Write(new SlackAck(200, Encoding.UTF8.GetBytes($$"""{"text":"{{text}}"}"""))));
    }
}
