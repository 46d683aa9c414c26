using Brigade.Slack.Json;

namespace Brigade.Slack.Inbound;

/// <summary>
/// The acknowledgement of one inbound request, independent of transport: HTTP writes it as the response,
/// Socket Mode as the ack frame's payload.
/// </summary>
public sealed record SlackAck(int StatusCode, byte[]? Json = null, string? PlainText = null)
{
    public static readonly SlackAck Empty = new(200);
    public static readonly SlackAck BadRequest = new(400);
    public static readonly SlackAck Unauthorized = new(401);
    public static readonly SlackAck TooLarge = new(413);

    public static SlackAck WithJson(object body) => new(200, SlackJson.SerializeToUtf8(body));
    public static SlackAck WithText(string text) => new(200, PlainText: text);
}
