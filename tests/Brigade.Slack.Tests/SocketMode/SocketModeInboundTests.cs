using System.Text;
using System.Text.Json.Nodes;
using Brigade.Slack.SocketMode;
using Brigade.Slack.Testing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>
/// From envelope to acknowledgement, without a socket: which envelopes reach a handler, how command fields are read,
/// and how long a redelivered envelope id is remembered.
/// </summary>
public sealed class SocketModeInboundTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();
    public async Task DisposeAsync() => await host.DisposeAsync();

    private SocketModeInbound Inbound => host.Services.GetRequiredService<SocketModeInbound>();

    private async Task<JsonNode> AckAsync(JsonObject envelope, CancellationToken ct = default)
    {
        var frame = SocketModeFrame.Parse(Encoding.UTF8.GetBytes(envelope.ToJsonString()))!;
        return JsonNode.Parse(await Inbound.AcknowledgeAsync(frame, ct))!;
    }

    private static JsonObject Command(string envelopeId, Action<JsonObject>? change = null)
    {
        var envelope = SlackFixtures.Json("socket_slash_commands_envelope.json");
        envelope["envelope_id"] = envelopeId;
        envelope["payload"]!["command"] = "/brigade";
        envelope["payload"]!["text"] = "réserver demain";
        change?.Invoke(envelope["payload"]!.AsObject());
        return envelope;
    }

    private static bool Same(string expected, JsonNode actual) => JsonNode.DeepEquals(JsonNode.Parse(expected), actual);

    [Fact]
    public async Task A_command_is_answered_in_its_ack()
    {
        var ack = await AckAsync(Command("env-1"));

        Assert.Equal("env-1", ack["envelope_id"]?.ToString());
        Assert.Equal("reserver [demain]", ack["payload"]?["text"]?.ToString());
        Assert.Equal(["command reserver [demain]"], host.Handled.Entries);
    }

    [Fact]
    public async Task Command_fields_sent_as_numbers_or_booleans_are_read_as_the_form_would_carry_them()
    {
        await AckAsync(Command("env-2", p => p["user_id"] = 42));
        await AckAsync(Command("env-3", p => p["text"] = true));
        await AckAsync(Command("env-4", p => p["text"] = false));

        Assert.Equal(["command reserver [demain]", "command help [true]", "command help [false]"], host.Handled.Entries);
    }

    [Theory]
    [InlineData("user_id")]
    [InlineData("command")]
    public async Task A_command_without_its_user_or_name_reaches_no_handler(string missing)
    {
        var ack = await AckAsync(Command("env-5", p => p.Remove(missing)));

        Assert.True(Same("""{"envelope_id":"env-5"}""", ack), ack.ToJsonString());
        Assert.Empty(host.Handled.Entries);
    }

    [Theory]
    [InlineData("payload", "réserver")]
    [InlineData("type", "slash_commandz")]
    public async Task An_envelope_without_an_object_payload_or_of_an_unknown_type_reaches_no_handler(string field, string value)
    {
        var envelope = Command("env-6");
        envelope[field] = value;

        var ack = await AckAsync(envelope);

        Assert.True(Same("""{"envelope_id":"env-6"}""", ack), ack.ToJsonString());
        Assert.Empty(host.Handled.Entries);
    }

    [Fact]
    public async Task Interactive_and_event_envelopes_reach_their_handlers()
    {
        var shortcut = SlackFixtures.Json("socket_interactive_envelope.json");
        shortcut["payload"]!["callback_id"] = TestRoutes.Shortcut;
        var teamJoin = SlackFixtures.Json("socket_events_api_envelope.json");
        teamJoin["payload"] = SlackFixtures.Json("event_team_join.json");

        await AckAsync(shortcut);
        await AckAsync(teamJoin);

        await host.Handled.WaitForAsync("shortcut " + TestRoutes.Shortcut);
        await host.Handled.WaitForAsync("event team_join");
    }

    [Fact]
    public async Task A_redelivery_within_ten_minutes_gets_the_first_answer_and_a_later_one_runs_again()
    {
        var first = await AckAsync(Command("env-8"));
        host.Time.Advance(SocketModeInbound.Window);
        var redelivered = await AckAsync(Command("env-8", p => p["text"] = "réserver autre"));

        Assert.True(JsonNode.DeepEquals(first, redelivered));
        Assert.Single(host.Handled.Entries);

        host.Time.Advance(TimeSpan.FromTicks(1));
        var later = await AckAsync(Command("env-8", p => p["text"] = "réserver autre"));

        Assert.Equal("reserver [autre]", later["payload"]?["text"]?.ToString());
        Assert.Equal(["command reserver [demain]", "command reserver [autre]"], host.Handled.Entries);
    }
}
