using System.Text.Json;

namespace Brigade.Slack.Payloads;

/// <summary><c>view_submission</c>: a modal's submit button.</summary>
public sealed record ViewSubmissionPayload : InteractionPayload
{
    public ViewPayload View { get; set; } = new();
    public JsonElement? ResponseUrls { get; init; }
}
