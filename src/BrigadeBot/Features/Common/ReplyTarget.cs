using System.Text.Json;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;

namespace BrigadeBot.Features.Common;

/// <summary>
/// Where to answer someone who acted from a modal (which has no response_url of its own): the channel and
/// response_url of the command that opened it, carried in the modal's private_metadata.
/// </summary>
public sealed record ReplyTarget(string? ChannelId, string? ResponseUrl, int? Id = null)
{
    /// <summary>JSON within private_metadata's 3000 characters (an oversized response_url is dropped).</summary>
    public string ToMetadata()
    {
        var json = JsonSerializer.Serialize(this, ReplyTargetJson.Default.ReplyTarget);
        return json.Length <= 3000 ? json : JsonSerializer.Serialize(this with { ResponseUrl = null }, ReplyTargetJson.Default.ReplyTarget);
    }

    /// <summary>Lenient: a missing or foreign private_metadata gives an empty target (answers then go by DM).</summary>
    public static ReplyTarget FromMetadata(string? metadata)
    {
        if (string.IsNullOrWhiteSpace(metadata)) return new ReplyTarget(null, null);
        try
        {
            return JsonSerializer.Deserialize(metadata, ReplyTargetJson.Default.ReplyTarget) ?? new ReplyTarget(null, null);
        }
        catch (JsonException)
        {
            return new ReplyTarget(null, null);
        }
    }

    public Task ReplyAsync(SlackMessenger messenger, string userId, SlackMessage message, CancellationToken ct) =>
        messenger.ReplyEphemeralAsync(ResponseUrl, ChannelId, userId, message, ct: ct);
}
