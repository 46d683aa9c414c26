using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.Http;

/// <summary>How each kind of acknowledgement is written on the wire: type, length and body, for Slack and for a refused caller.</summary>
public sealed class SlackEndpointsResponseTests : IAsyncLifetime
{
    private const int Limit = 256 * 1024;
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_json_ack_is_utf8_json_with_its_exact_length()
    {
        var response = await host.CommandAsync("réserver été");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Contains("reserver [été]", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task A_challenge_is_answered_as_utf8_plain_text()
    {
        var response = await host.EventAsync(new JsonObject { ["type"] = "url_verification", ["challenge"] = "défi-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });

        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("défi-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refused_signature_gets_a_json_error_that_says_nothing_more()
    {
        var response = await host.SendAsync(host.Signer.Signed("/slack/events", "{}", "application/json", secretOverride: "wrong"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"error":"invalid request"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_empty_ack_and_a_refusal_have_an_empty_body_of_length_0()
    {
        var empty = await host.EventAsync(SlackFixtures.Json("event_team_join.json"));
        var bad = await host.EventAsync(new JsonObject { ["type"] = "url_verification" });
        var tooLarge = await host.SendAsync(host.Signer.Signed("/slack/events", new string(' ', Limit + 1), "application/json"));

        foreach (var (response, status) in new[] { (empty, HttpStatusCode.OK), (bad, HttpStatusCode.BadRequest), (tooLarge, HttpStatusCode.RequestEntityTooLarge) })
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal(0, response.Content.Headers.ContentLength);
            Assert.Null(response.Content.Headers.ContentType);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("command=%2Fbrigade&text=aide")]
    [InlineData("user_id=U1&text=aide")]
    public async Task A_command_missing_either_the_command_or_the_user_is_a_bad_request(string form)
    {
        var response = await host.SendAsync(host.Signer.Command(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
    }

    [Fact]
    public async Task Only_ssl_check_1_skips_the_command()
    {
        var response = await host.SendAsync(host.Signer.Command(SlackForms.Command("réserver") + "&ssl_check=0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["command reserver []"], host.Handled.Entries);
    }

    [Theory]
    [InlineData("payload=%7B%22type%22%3A%22%FF%22%7D")] // a byte that is not UTF-8, inside the JSON
    [InlineData("payload=%7B%22type%22")]
    [InlineData("payload=")]
    [InlineData("other=%7B%7D")]
    public async Task An_interaction_without_a_payload_of_UTF_8_JSON_is_a_bad_request(string form)
    {
        var response = await host.SendAsync(host.Signer.Signed("/slack/interactions", form, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
    }

    [Fact]
    public async Task An_event_body_that_is_not_UTF_8_is_a_bad_request()
    {
        byte[] body = [.. "{\"type\":\"event_callback\",\"event\":{\"type\":\""u8, 0xFF, .. "\"}}"u8];

        var response = await host.SendAsync(host.Signer.Signed("/slack/events", body, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactions")]
    [InlineData("/slack/events")]
    public async Task A_signed_empty_body_is_a_bad_request(string path)
    {
        var request = host.Signer.Signed(path, "", "application/x-www-form-urlencoded");

        var response = await host.SendAsync(request);

        Assert.Equal(0, request.Content!.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_of_exactly_256_KiB_is_accepted()
    {
        var json = SlackFixtures.Json("event_url_verification.json").ToJsonString();
        var request = await host.Signer.Signed("/slack/events", json + new string(' ', Limit - Encoding.UTF8.GetByteCount(json)), "application/json")
            .ChunkedAsync();

        var response = await host.SendAsync(request);

        Assert.Null(request.Content!.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Form_fields_are_decoded_and_a_repeated_field_keeps_its_first_value()
    {
        var form = "command=%2Fbrigade&user_id=U1&channel_id=C1&text=r%C3%A9server+deux+mots%26plus&text=aide&flag";

        var response = await host.SendAsync(host.Signer.Command(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["command reserver [deux mots&plus]"], host.Handled.Entries);
    }
}
