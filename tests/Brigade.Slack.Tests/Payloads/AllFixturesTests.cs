using System.Text.Json;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.Payloads;

/// <summary>Every interaction and event fixture in the folder, including ones added later, parses into its record.</summary>
public sealed class AllFixturesTests
{
    public static TheoryData<string> Interactions() => new(
        new[] { "block_actions_", "view_submission", "view_closed", "block_suggestion.json", "shortcut_" }
            .SelectMany(SlackFixtures.Names));

    public static TheoryData<string> Events() => new(SlackFixtures.Names("event_"));

    [Theory]
    [MemberData(nameof(Interactions))]
    public void Each_interaction_fixture_parses_as_the_record_of_its_type(string fixture)
    {
        var payload = SlackFixtures.Element(fixture);

        InteractionPayload parsed = payload.GetProperty("type").GetString() switch
        {
            "block_actions" => SlackJson.Deserialize<BlockActionsPayload>(payload),
            "view_submission" => SlackJson.Deserialize<ViewSubmissionPayload>(payload),
            "view_closed" => SlackJson.Deserialize<ViewClosedPayload>(payload),
            "block_suggestion" => SlackJson.Deserialize<BlockSuggestionPayload>(payload),
            "shortcut" or "message_action" => SlackJson.Deserialize<ShortcutPayload>(payload),
            var other => throw new Xunit.Sdk.XunitException($"{fixture}: no record for type {other}"),
        };

        Assert.NotEmpty(parsed.User.Id);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_event_fixture_parses(string fixture)
    {
        var body = SlackFixtures.Element(fixture);
        var type = body.GetProperty("type").GetString();

        if (type == "event_callback")
            Assert.NotEmpty(SlackJson.Deserialize<EventCallback>(body).EventType);
        else if (type == "url_verification")
            Assert.NotEmpty(body.GetProperty("challenge").GetString()!);
        else
            Assert.Equal(type, Wrap(body).EventType);
    }

    private static EventCallback Wrap(JsonElement inner) => SlackJson.Deserialize<EventCallback>(JsonDocument.Parse(
        $$"""{"type":"event_callback","event_id":"Ev1","event":{{inner.GetRawText()}}}""").RootElement);
}
