using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>
/// An option left at its default is left out of the JSON (Slack refuses an empty <c>initial_options</c>), and an
/// optional text given is written: placeholders, hints, descriptions.
/// </summary>
public sealed class ElementDefaultsSerializationTests
{
    private static readonly Option One = new("Un", "1");
    private const string OneJson = """{"text":{"type":"plain_text","text":"Un","emoji":true},"value":"1"}""";
    private const string PlaceholderJson = """{"type":"plain_text","text":"Choisir","emoji":true}""";

    private static void AssertJson(string expected, object value)
    {
        var actual = SlackApiMethods.Node(value);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual.ToJsonString());
    }

    [Fact]
    public void Empty_initial_options_are_left_out()
    {
        AssertJson($$"""{"type":"checkboxes","action_id":"c","options":[{{OneJson}}]}""", new Checkboxes("c", [One], []));
        AssertJson($$"""{"type":"multi_static_select","action_id":"m","options":[{{OneJson}}]}""", new MultiStaticSelect("m", [One], []));
    }

    [Fact]
    public void A_confirm_dialog_without_danger_has_no_style()
    {
        var json = SlackApiMethods.Node(new ConfirmDialog("Sûr ?", "Vraiment ?", "Oui", "Non"));

        Assert.False(json.AsObject().ContainsKey("style"), json.ToJsonString());
    }

    [Fact]
    public void An_input_left_at_its_defaults_has_no_hint_optional_nor_dispatch_action()
    {
        var modal = new ModalView("T", [new InputBlock("b1", "Nom", new PlainTextInput("name"))], submit: "OK");

        AssertJson("""
            {"type":"input","block_id":"b1","label":{"type":"plain_text","text":"Nom","emoji":true},
             "element":{"type":"plain_text_input","action_id":"name"}}
            """, SlackApiMethods.Node(modal)["blocks"]![0]!);
    }

    [Fact]
    public void Selects_without_placeholder_or_settings()
    {
        AssertJson("""{"type":"external_select","action_id":"e"}""", new ExternalSelect("e"));
        AssertJson("""{"type":"conversations_select","action_id":"c"}""", new ConversationsSelect("c"));
        AssertJson("""{"type":"url_text_input","action_id":"u"}""", new UrlTextInput("u"));
        AssertJson("""{"type":"url_text_input","action_id":"u"}""", new UrlTextInput("u", ""));
        AssertJson("""{"type":"plain_text_input","action_id":"p"}""", new PlainTextInput("p", ""));
    }

    [Fact]
    public void A_zero_min_query_length_is_written()
    {
        AssertJson("""{"type":"external_select","action_id":"e","min_query_length":0}""", new ExternalSelect("e", minQueryLength: 0));
    }

    [Fact]
    public void Placeholders_are_written()
    {
        AssertJson($$"""{"type":"conversations_select","action_id":"c","placeholder":{{PlaceholderJson}}}""",
            new ConversationsSelect("c", placeholder: "Choisir"));
        AssertJson($$"""{"type":"multi_static_select","action_id":"m","placeholder":{{PlaceholderJson}},"options":[{{OneJson}}]}""",
            new MultiStaticSelect("m", [One], placeholder: "Choisir"));
        AssertJson($$"""{"type":"number_input","action_id":"n","is_decimal_allowed":false,"placeholder":{{PlaceholderJson}}}""",
            new NumberInput("n", placeholder: "Choisir"));
        AssertJson($$"""{"type":"plain_text_input","action_id":"p","placeholder":{{PlaceholderJson}}}""",
            new PlainTextInput("p", placeholder: "Choisir"));
        AssertJson($$"""{"type":"timepicker","action_id":"t","placeholder":{{PlaceholderJson}}}""",
            new TimePicker("t", placeholder: "Choisir"));
        AssertJson($$"""{"type":"url_text_input","action_id":"u","placeholder":{{PlaceholderJson}}}""",
            new UrlTextInput("u", placeholder: "Choisir"));
        AssertJson($$"""
            {"type":"static_select","action_id":"s","placeholder":{{PlaceholderJson}},
             "option_groups":[{"label":{"type":"plain_text","text":"Matin","emoji":true},"options":[{{OneJson}}]}]}
            """, new StaticSelect("s", [new OptionGroup("Matin", [One])], placeholder: "Choisir"));
    }

    [Fact]
    public void A_markdown_option_with_a_description()
    {
        AssertJson("""
            {"text":{"type":"mrkdwn","text":"*Un*"},"value":"1","description":{"type":"plain_text","text":"Le premier","emoji":true}}
            """, Option.Markdown("*Un*", "1", "Le premier"));
    }

    [Fact]
    public void A_plain_section()
    {
        AssertJson("""{"type":"section","text":{"type":"plain_text","text":"<!channel> tel quel","emoji":true}}""",
            (Block)SectionBlock.Plain("<!channel> tel quel"));
    }
}
