using System.Net;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>Interactivity payloads through POST /slack/interactions, one kind at a time.</summary>
public sealed class InteractionDispatchTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private static JsonObject ButtonClick(string actionId, string value = "B42")
    {
        var payload = SlackFixtures.Json("block_actions_button.json");
        payload["actions"]![0]!["action_id"] = actionId;
        payload["actions"]![0]!["value"] = value;
        return payload;
    }

    [Fact]
    public async Task A_block_action_is_routed_by_its_action_id_and_acknowledged_empty()
    {
        var response = await host.InteractionAsync(ButtonClick(TestRoutes.CancelAction));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(["action cancel booking.cancel=B42"], host.Handled.Entries);
    }

    [Fact]
    public async Task A_block_action_is_routed_by_the_prefix_of_its_action_id()
    {
        await host.InteractionAsync(ButtonClick("vote:proposal-7", "up"));

        Assert.Equal(["action vote vote:proposal-7=up"], host.Handled.Entries);
    }

    [Fact]
    public async Task A_block_action_without_a_handler_is_acknowledged()
    {
        var response = await host.InteractionAsync(ButtonClick("link-button"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
    }

    [Fact]
    public async Task A_view_submission_with_field_errors_keeps_the_modal_open()
    {
        var response = await host.InteractionAsync(SlackFixtures.Json("view_submission.json"));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = JsonNode.Parse("""{"response_action":"errors","errors":{"date-of-visit":"Cette date est passée."}}""");
        Assert.True(JsonNode.DeepEquals(expected, await response.ReadObjectAsync()), await response.Content.ReadAsStringAsync());
        Assert.Equal(["view errors Just amazing!"], host.Handled.Entries);
    }

    [Fact]
    public async Task A_view_submission_that_closes_the_modal_gets_an_empty_body()
    {
        var response = await host.InteractionAsync(SlackFixtures.Json("view_submission_timepicker.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(["view close 03:00"], host.Handled.Entries);
    }

    [Fact]
    public async Task A_view_closed_runs_its_handler_after_the_ack()
    {
        var response = await host.InteractionAsync(SlackFixtures.Json("view_closed.json"));
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["view closed V12345678 cleared=False"], host.Handled.Entries);
    }

    [Fact]
    public async Task A_block_suggestion_is_answered_with_options()
    {
        var response = await host.InteractionAsync(SlackFixtures.Json("block_suggestion.json"));

        var expected = JsonNode.Parse("""
            {"options":[{"text":{"type":"plain_text","text":"search word (1)","emoji":true},"value":"one"},
                        {"text":{"type":"plain_text","text":"Deux","emoji":true},"value":"two"}]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, await response.ReadObjectAsync()), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_block_suggestion_without_a_handler_gets_no_options()
    {
        var payload = SlackFixtures.Json("block_suggestion.json");
        payload["action_id"] = "unknown";

        var body = await (await host.InteractionAsync(payload)).ReadObjectAsync();

        Assert.Empty(body["options"]!.AsArray());
    }

    [Fact]
    public async Task A_global_shortcut_runs_its_handler()
    {
        var response = await host.InteractionAsync(SlackFixtures.Json("shortcut_global.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("shortcut test-shortcut", await host.Handled.WaitForAsync("shortcut"));
    }

    [Theory]
    [InlineData("message_action_v2")]
    [InlineData("workflow_step_edit")]
    public async Task An_unknown_payload_type_is_acknowledged(string type)
    {
        var response = await host.InteractionAsync(new JsonObject { ["type"] = type, ["user"] = new JsonObject { ["id"] = "U1" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
    }

    [Fact]
    public async Task A_payload_whose_type_comes_after_its_other_fields_is_routed_by_it()
    {
        var payload = ButtonClick(TestRoutes.CancelAction);
        payload.Remove("type");
        payload["type"] = "block_actions";

        var response = await host.InteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["action cancel booking.cancel=B42"], host.Handled.Entries);
    }

    [Fact]
    public async Task Unknown_fields_are_tolerated()
    {
        var payload = ButtonClick(TestRoutes.CancelAction);
        payload["brand_new_field"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
        payload["actions"]![0]!["another_new_field"] = true;

        var response = await host.InteractionAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Handled.Entries);
    }
}
