using System.Net;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.Dispatch;

/// <summary>Slash commands through POST /slack/commands: sub-command routing, fallback, reply shape, ssl_check.</summary>
public sealed class CommandDispatchTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("reserver cybersécurité")]
    [InlineData("Réserver cybersécurité")]
    [InlineData("RÉSERVER   cybersécurité ")]
    public async Task A_sub_command_reaches_its_handler_whatever_its_case_and_accents(string text)
    {
        var response = await host.CommandAsync(text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["command reserver [cybersécurité]"], host.Handled.Entries);
    }

    [Fact]
    public async Task The_reply_is_an_ephemeral_json_message()
    {
        var response = await host.CommandAsync("réserver");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadObjectAsync();
        Assert.Equal("ephemeral", body["response_type"]?.GetValue<string>());
        Assert.Equal("reserver []", body["text"]?.GetValue<string>());
        Assert.False(body.ContainsKey("blocks"));
    }

    [Theory]
    [InlineData("inconnue truc", "inconnue")]
    [InlineData("", "")]
    public async Task An_unknown_or_missing_sub_command_goes_to_the_fallback(string text, string subCommand)
    {
        var body = await (await host.CommandAsync(text)).ReadObjectAsync();

        Assert.Equal([$"command help [{subCommand}]"], host.Handled.Entries);
        Assert.Equal($"aide [{subCommand}]", body["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task An_ssl_check_is_answered_with_an_empty_200_and_nothing_else()
    {
        var response = await host.SendAsync(host.Signer.Command("ssl_check=1&token=legacy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Handled.Entries);
    }

    [Fact]
    public async Task A_command_without_its_required_fields_is_a_bad_request()
    {
        var response = await host.SendAsync(host.Signer.Command("text=reserver&channel_id=C1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handled.Entries);
    }

    [Fact]
    public async Task Unknown_form_fields_are_tolerated()
    {
        var body = SlackForms.Command("réserver") + "&is_ext_shared_channel=false&brand_new_field=%7B%7D";

        var response = await host.SendAsync(host.Signer.Command(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Handled.Entries);
    }
}
