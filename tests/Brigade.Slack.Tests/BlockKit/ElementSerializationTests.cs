using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>Each element and composition object serializes to Slack's JSON.</summary>
public sealed class ElementSerializationTests
{
    private static readonly Option One = new("Un", "1");
    private static readonly Option Two = new("Deux", "2", description: "Le second");

    private static void AssertJson(string expected, object element)
    {
        var actual = SlackApiMethods.Node(element).AsObject();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual.ToJsonString());
        if (element is BlockElement) Assert.Equal("type", actual.First().Key);
    }

    private const string OneJson = """{"text":{"type":"plain_text","text":"Un","emoji":true},"value":"1"}""";
    private const string TwoJson = """{"text":{"type":"plain_text","text":"Deux","emoji":true},"value":"2","description":{"type":"plain_text","text":"Le second","emoji":true}}""";

    [Fact]
    public void Button_with_style_url_and_confirm() => AssertJson("""
        {"type":"button","action_id":"cancel","text":{"type":"plain_text","text":"Annuler","emoji":true},"value":"B1",
         "url":"https://example.org","style":"danger","accessibility_label":"Annuler la réservation",
         "confirm":{"title":{"type":"plain_text","text":"Sûr ?","emoji":true},"text":{"type":"plain_text","text":"Vraiment ?","emoji":true},
                    "confirm":{"type":"plain_text","text":"Oui","emoji":true},"deny":{"type":"plain_text","text":"Non","emoji":true},"style":"danger"}}
        """, new Button("cancel", "Annuler", "B1", ButtonStyle.Danger, "https://example.org",
            new ConfirmDialog("Sûr ?", "Vraiment ?", "Oui", "Non", danger: true), "Annuler la réservation"));

    [Fact]
    public void Primary_button() => AssertJson("""
        {"type":"button","action_id":"ok","text":{"type":"plain_text","text":"OK","emoji":true},"style":"primary"}
        """, new Button("ok", "OK", style: ButtonStyle.Primary));

    [Fact]
    public void Static_select_with_initial_option_and_placeholder() => AssertJson($$"""
        {"type":"static_select","action_id":"theme","placeholder":{"type":"plain_text","text":"Choisir","emoji":true},
         "options":[{{OneJson}},{{TwoJson}}],"initial_option":{{TwoJson}}}
        """, new StaticSelect("theme", [One, Two], initialOption: Two, placeholder: "Choisir"));

    [Fact]
    public void Static_select_with_option_groups() => AssertJson($$"""
        {"type":"static_select","action_id":"slot","option_groups":[{"label":{"type":"plain_text","text":"Matin","emoji":true},"options":[{{OneJson}}]}]}
        """, new StaticSelect("slot", [new OptionGroup("Matin", [One])]));

    [Fact]
    public void Multi_static_select() => AssertJson($$"""
        {"type":"multi_static_select","action_id":"m","options":[{{OneJson}},{{TwoJson}}],"initial_options":[{{OneJson}}]}
        """, new MultiStaticSelect("m", [One, Two], initialOptions: [One]));

    [Fact]
    public void External_select() => AssertJson("""
        {"type":"external_select","action_id":"sheet","placeholder":{"type":"plain_text","text":"Chercher","emoji":true},"min_query_length":2}
        """, new ExternalSelect("sheet", "Chercher", minQueryLength: 2));

    [Fact]
    public void Conversations_select() => AssertJson("""
        {"type":"conversations_select","action_id":"where","initial_conversation":"C1","default_to_current_conversation":true}
        """, new ConversationsSelect("where", "C1", defaultToCurrentConversation: true));

    [Fact]
    public void Date_and_time_pickers() => Assert.All(new (string, object)[]
    {
        ("""{"type":"datepicker","action_id":"d","initial_date":"2025-03-09"}""", new DatePicker("d", new DateOnly(2025, 3, 9))),
        ("""{"type":"timepicker","action_id":"t","initial_time":"09:05","timezone":"America/Toronto"}""",
            new TimePicker("t", new TimeOnly(9, 5), timezone: "America/Toronto")),
    }, c => AssertJson(c.Item1, c.Item2));

    [Fact]
    public void Text_inputs() => Assert.All(new (string, object)[]
    {
        ("""{"type":"plain_text_input","action_id":"p","initial_value":"x","multiline":true,"min_length":1,"max_length":500}""",
            new PlainTextInput("p", "x", multiline: true, minLength: 1, maxLength: 500)),
        ("""{"type":"url_text_input","action_id":"u","initial_value":"https://example.org"}""", new UrlTextInput("u", "https://example.org")),
        ("""{"type":"number_input","action_id":"n","is_decimal_allowed":false,"initial_value":"3","min_value":"1","max_value":"10"}""",
            new NumberInput("n", initialValue: 3, minValue: 1, maxValue: 10)),
        ("""{"type":"number_input","action_id":"n","is_decimal_allowed":true,"initial_value":"2.5"}""",
            new NumberInput("n", isDecimalAllowed: true, initialValue: 2.5m)),
    }, c => AssertJson(c.Item1, c.Item2));

    [Fact]
    public void Checkboxes_radio_buttons_and_overflow() => Assert.All(new (string, object)[]
    {
        ($$"""{"type":"checkboxes","action_id":"c","options":[{{OneJson}},{{TwoJson}}],"initial_options":[{{TwoJson}}]}""",
            new Checkboxes("c", [One, Two], [Two])),
        ($$"""{"type":"radio_buttons","action_id":"r","options":[{{OneJson}},{{TwoJson}}],"initial_option":{{OneJson}}}""",
            new RadioButtons("r", [One, Two], One)),
        ($$"""{"type":"overflow","action_id":"o","options":[{{OneJson}},{{TwoJson}}]}""", new Overflow("o", [One, Two])),
    }, c => AssertJson(c.Item1, c.Item2));

    [Fact]
    public void A_markdown_option() => AssertJson("""
        {"text":{"type":"mrkdwn","text":"*Un*"},"value":"1"}
        """, Option.Markdown("*Un*", "1"));
}
