using System.Text.Json;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;

namespace Brigade.Slack.Tests.Payloads;

/// <summary>The pickers whose value is an id: each reads back as text through <see cref="ViewState.Text"/>.</summary>
public sealed class ViewStateSelectTests
{
    private static ViewState Parse(string json) => SlackJson.Deserialize<ViewState>(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void A_channels_select_reads_as_its_channel_id()
    {
        var state = Parse("""{"values":{"b":{"ch":{"type":"channels_select","selected_channel":"C42"}}}}""");

        Assert.Equal("C42", state.Text("b", "ch"));
    }

    [Fact]
    public void A_conversations_select_reads_as_its_conversation_id()
    {
        var state = Parse("""{"values":{"b":{"co":{"type":"conversations_select","selected_conversation":" D7 "}}}}""");

        Assert.Equal("D7", state.Text("b", "co"));
    }

    [Fact]
    public void A_state_written_back_reads_the_same()
    {
        var state = Parse("""{"values":{"b":{"ch":{"type":"channels_select","selected_channel":"C42"},"t":{"type":"plain_text_input","value":"x"}}}}""");

        var again = Parse(JsonSerializer.Serialize(state, SlackJson.Options));

        Assert.Equal(("C42", "x"), (again.Text("b", "ch"), again.Text("b", "t")));
    }
}
