using System.Text.Json;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.Payloads;

/// <summary><c>view.state</c>: every input element of Slack's 2022 set, the empty-array quirk, and the read helpers.</summary>
public sealed class ViewStateTests
{
    private static ViewState Parse(string json) => SlackJson.Deserialize<ViewState>(JsonDocument.Parse(json).RootElement);

    private static readonly ViewState Inputs = SlackJson.Deserialize<ViewState>(SlackFixtures.Element("view_state_values_2022_inputs.json"));

    [Theory]
    [InlineData("agenda-block", "agenda-action", "plain_text_input", "test")]
    [InlineData("email-block", "email-action", "email_text_input", "foo@example.com")]
    [InlineData("url-block", "url-action", "url_text_input", "https://www.example.com/")]
    [InlineData("number-block", "number-action", "number_input", "12345")]
    [InlineData("date-block", "date-action", "datepicker", "2022-10-19")]
    [InlineData("time-block", "time-action", "timepicker", "01:00")]
    public void Each_input_reads_back_as_text(string blockId, string actionId, string type, string expected)
    {
        Assert.Equal(type, Inputs.Get(blockId, actionId)?.Type);
        Assert.Equal(expected, Inputs.Text(blockId, actionId));
    }

    [Fact]
    public void The_timepicker_echoes_its_time_zone()
    {
        Assert.Equal("America/Los_Angeles", Inputs.Get("time-block", "time-action")?.Timezone);
    }

    [Fact]
    public void The_datetimepicker_value_is_an_epoch_integer()
    {
        Assert.Equal(1666869900L, Inputs.Get("date-time-block", "date-time-action")?.SelectedDateTime);
    }

    [Fact]
    public void Values_sent_as_an_empty_array_parse_as_no_values()
    {
        var state = Parse("""{"values": []}""");

        Assert.Empty(state.Values);
        Assert.Null(state.Text("any", "thing"));
    }

    [Fact]
    public void A_view_whose_state_values_are_an_empty_array_parses()
    {
        var view = SlackJson.Deserialize<ViewPayload>(JsonDocument.Parse(
            """{"id":"V1","type":"modal","callback_id":"c","state":{"values":[]}}""").RootElement);

        Assert.Empty(view.State.Values);
    }

    [Fact]
    public void An_absent_block_or_action_reads_as_null()
    {
        Assert.Null(Inputs.Get("missing-block", "agenda-action"));
        Assert.Null(Inputs.Get("agenda-block", "missing-action"));
        Assert.Null(Inputs.Text("missing-block", "x"));
    }

    [Fact]
    public void Blank_text_reads_as_null_and_text_is_trimmed()
    {
        var state = Parse("""{"values":{"b":{"blank":{"type":"plain_text_input","value":"  "},"padded":{"type":"plain_text_input","value":"  Bonjour  "},"empty":{"type":"plain_text_input","value":null}}}}""");

        Assert.Null(state.Text("b", "blank"));
        Assert.Null(state.Text("b", "empty"));
        Assert.Equal("Bonjour", state.Text("b", "padded"));
    }

    [Fact]
    public void Checkboxes_give_their_selected_values_and_none_when_unticked()
    {
        var state = Parse("""{"values":{"b":{"boxes":{"type":"checkboxes","selected_options":[{"text":{"type":"mrkdwn","text":"*Un*"},"value":"1"},{"text":{"type":"plain_text","text":"Deux"},"value":"2"}]},"none":{"type":"checkboxes","selected_options":[]}}}}""");

        Assert.Equal(["1", "2"], state.SelectedValues("b", "boxes"));
        Assert.Empty(state.SelectedValues("b", "none"));
        Assert.Empty(state.SelectedValues("b", "missing"));
    }

    [Fact]
    public void A_deselected_static_select_reads_as_null()
    {
        var state = Parse("""{"values":{"b":{"select":{"type":"static_select","selected_option":null}}}}""");

        Assert.Null(state.Text("b", "select"));
    }

    [Fact]
    public void Users_and_conversations_selects_read_as_ids()
    {
        var state = Parse("""{"values":{"b":{"u":{"type":"users_select","selected_user":"U1"},"c":{"type":"conversations_select","selected_conversation":"C1"},"m":{"type":"multi_users_select","selected_users":["U1","U2"]}}}}""");

        Assert.Equal("U1", state.Text("b", "u"));
        Assert.Equal("C1", state.Text("b", "c"));
        Assert.Equal(["U1", "U2"], state.Get("b", "m")?.SelectedUsers);
    }
}
