using System.Text.Json.Nodes;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>Which Web API arguments a debug line may show as they are, and how the others are hidden.</summary>
public sealed class LoggedArgumentsTests
{
    public static TheoryData<string> ShownNames() =>
    [
        "type", "channel", "channel_id", "user", "users", "ts", "thread_ts", "message_ts", "view_id", "external_id",
        "callback_id", "hash", "file_id", "id", "action_id", "block_id", "filename", "length", "response_type",
        "replace_original", "delete_original", "unfurl_links", "unfurl_media", "reply_broadcast", "limit", "cursor",
    ];

    [Theory]
    [MemberData(nameof(ShownNames))]
    public void An_id_or_flag_is_shown_as_it_is(string name) =>
        Assert.Equal($$"""{"{{name}}":"C0VALUE"}""", LoggedArguments.Redacted(new JsonObject { [name] = "C0VALUE" }));

    [Theory]
    [InlineData("text")]
    [InlineData("trigger_id")]
    [InlineData("token")]
    [InlineData("Channel")]
    public void Any_other_string_is_replaced_by_its_length(string name) =>
        Assert.Equal($$"""{"{{name}}":"(7 characters)"}""", LoggedArguments.Redacted(new JsonObject { [name] = "secret!" }));

    [Fact]
    public void Nested_objects_and_arrays_are_redacted_by_the_name_they_sit_under()
    {
        var arguments = new JsonObject
        {
            ["users"] = new JsonArray("U1", "U2"),
            ["texts"] = new JsonArray("un", "deux"),
            ["blocks"] = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "Bonjour" } }),
            ["limit"] = 200,
            ["unfurl_links"] = false,
            ["cursor"] = null,
            ["post_at"] = 1767225600,
        };

        var redacted = JsonNode.Parse(LoggedArguments.Redacted(arguments));

        var expected = JsonNode.Parse("""
            {"users":["U1","U2"],"texts":["(2 characters)","(4 characters)"],
             "blocks":[{"type":"section","text":{"type":"mrkdwn","text":"(7 characters)"}}],
             "limit":200,"unfurl_links":false,"cursor":null,"post_at":1767225600}
            """);
        Assert.True(JsonNode.DeepEquals(expected, redacted), redacted!.ToJsonString());
    }

    [Fact]
    public void The_arguments_themselves_are_left_untouched()
    {
        var arguments = new JsonObject { ["text"] = "Bonjour", ["channel"] = "C1" };

        LoggedArguments.Redacted(arguments);

        Assert.Equal("""{"text":"Bonjour","channel":"C1"}""", arguments.ToJsonString());
    }
}
