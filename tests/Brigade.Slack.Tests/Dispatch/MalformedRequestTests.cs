using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>What a client sends wrong is a 400 or a 413, never a 500, and no handler runs.</summary>
public sealed class MalformedRequestTests : IAsyncLifetime
{
    private const int Limit = 256 * 1024;
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task<HttpResponseMessage> InteractionFormAsync(string form) =>
        host.SendAsync(host.Signer.Signed("/slack/interactions", form, "application/x-www-form-urlencoded"));

    private Task<HttpResponseMessage> EventBodyAsync(string body) =>
        host.SendAsync(host.Signer.Signed("/slack/events", body, "application/json"));

    [Theory]
    [InlineData("")]
    [InlineData("token=legacy")]
    [InlineData("payload=")]
    [InlineData("payload")]
    [InlineData("%%%&&==")]
    public async Task An_interaction_without_a_payload_field_is_a_bad_request(string form)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await InteractionFormAsync(form)).StatusCode);
    }

    [Theory]
    [InlineData("payload=%7Bnot+json")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22")]
    [InlineData("payload=%5B1%2C2%5D")]
    [InlineData("payload=%22just+a+string%22")]
    [InlineData("payload=%7B%22type%22%3A%22workflow_step_edit%22%2C")]
    [InlineData("payload=%7B%22type%22%3A%22workflow_step_edit%22%7D%7D")]
    public async Task An_interaction_payload_that_is_not_a_json_object_is_a_bad_request(string form)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await InteractionFormAsync(form)).StatusCode);
    }

    [Theory]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":null}""")]
    [InlineData("""{"type":"block_actions","actions":{"not":"a list"}}""")]
    [InlineData("""{"type":"block_actions","user":"U1"}""")]
    [InlineData("""{"type":"view_submission","view":null}""")]
    [InlineData("""{"type":"view_submission","view":"V1"}""")]
    [InlineData("""{"type":"block_suggestion","action_id":null}""")]
    public async Task An_interaction_payload_of_the_wrong_shape_is_a_bad_request(string json)
    {
        var response = await host.InteractionAsync(JsonNode.Parse(json)!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
    }

    [Theory]
    [InlineData("{\"type\":\"event_callback\",")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","event":{"type":7}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","event":"team_join"}""")]
    [InlineData("""{"type":"event_callback","event_id":null,"event":{"type":"team_join"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","event_time":"soon","event":{"type":"team_join"}}""")]
    public async Task An_event_body_of_the_wrong_shape_is_a_bad_request(string body)
    {
        var response = await EventBodyAsync(body);
        await host.FollowUp.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactions")]
    [InlineData("/slack/events")]
    public async Task A_body_over_256_KiB_with_a_content_length_is_too_large(string path)
    {
        var request = host.Signer.Signed(path, new string('a', Limit + 1), "application/json");

        var response = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/events")]
    public async Task A_chunked_body_over_256_KiB_is_too_large(string path)
    {
        var request = await host.Signer.Signed(path, new string('a', Limit + 1), "application/json").ChunkedAsync();

        var response = await host.SendAsync(request);

        Assert.Null(request.Content!.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_of_exactly_256_KiB_is_accepted()
    {
        var json = SlackFixtures.Json("event_url_verification.json").ToJsonString();
        var body = json + new string(' ', Limit - Encoding.UTF8.GetByteCount(json));

        var response = await EventBodyAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
