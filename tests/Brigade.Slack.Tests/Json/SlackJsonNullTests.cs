using System.Text.Json;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;

namespace Brigade.Slack.Tests.Json;

/// <summary>A JSON null where a payload is expected is a malformed payload, never a null for the caller to trip on.</summary>
public sealed class SlackJsonNullTests
{
    [Fact]
    public void A_null_payload_is_refused_naming_what_was_expected()
    {
        using var document = JsonDocument.Parse("null");

        var error = Assert.Throws<JsonException>(() => SlackJson.Deserialize<ShortcutPayload>(document.RootElement));

        Assert.Equal("Expected a ShortcutPayload.", error.Message);
    }
}
