using System.Text.Json;
using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Json;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>Each block serializes to Slack's JSON: <c>type</c> first, snake_case names, nulls left out.</summary>
public sealed class BlockSerializationTests
{
    private static readonly Button Go = new("go", "Go", value: "v1");

    /// <summary>A block as it goes out inside a message.</summary>
    private static JsonObject InMessage(Block block) =>
        SlackApiMethods.Node(new SlackMessage("fallback", [block]))["blocks"]![0]!.AsObject();

    private static void AssertJson(string expected, JsonObject actual)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual.ToJsonString());
        Assert.Equal("type", actual.First().Key);
    }

    [Fact]
    public void Section_with_text_and_accessory()
    {
        AssertJson("""
            {"type":"section","block_id":"s1","text":{"type":"mrkdwn","text":"*Atelier* demain"},
             "accessory":{"type":"button","action_id":"go","text":{"type":"plain_text","text":"Go","emoji":true},"value":"v1"}}
            """, InMessage(SectionBlock.Markdown("*Atelier* demain", Go, "s1")));
    }

    [Fact]
    public void Section_with_fields()
    {
        AssertJson("""
            {"type":"section","fields":[{"type":"mrkdwn","text":"*Date*"},{"type":"plain_text","text":"12 mai","emoji":true}]}
            """, InMessage(new SectionBlock([TextObject.Markdown("*Date*"), TextObject.Plain("12 mai")])));
    }

    [Fact]
    public void Header() =>
        AssertJson("""{"type":"header","text":{"type":"plain_text","text":"Réservations","emoji":true}}""",
            InMessage(new HeaderBlock("Réservations")));

    [Fact]
    public void Context() =>
        AssertJson("""{"type":"context","elements":[{"type":"mrkdwn","text":"Mis à jour"}]}""",
            InMessage(ContextBlock.Markdown("Mis à jour")));

    [Fact]
    public void Divider() => AssertJson("""{"type":"divider"}""", InMessage(new DividerBlock()));

    [Fact]
    public void Actions() =>
        AssertJson("""
            {"type":"actions","block_id":"a1","elements":[
              {"type":"button","action_id":"go","text":{"type":"plain_text","text":"Go","emoji":true},"value":"v1"},
              {"type":"button","action_id":"stop","text":{"type":"plain_text","text":"Stop","emoji":true},"style":"danger"}]}
            """, InMessage(new ActionsBlock([Go, new Button("stop", "Stop", style: ButtonStyle.Danger)], "a1")));

    [Fact]
    public void Input_with_hint_optional_and_dispatch()
    {
        var modal = new ModalView("Titre", [new InputBlock("b1", "Ton nom", new PlainTextInput("name"), hint: "Tel qu'affiché",
            optional: true, dispatchAction: true)], submit: "Envoyer");

        AssertJson("""
            {"type":"input","block_id":"b1","label":{"type":"plain_text","text":"Ton nom","emoji":true},
             "element":{"type":"plain_text_input","action_id":"name"},
             "hint":{"type":"plain_text","text":"Tel qu'affiché","emoji":true},"optional":true,"dispatch_action":true}
            """, SlackApiMethods.Node(modal)["blocks"]![0]!.AsObject());
    }

    [Fact]
    public void Input_defaults_are_left_out() =>
        Assert.False(InMessage(new InputBlock("b1", "Nom", new PlainTextInput("name"))).ContainsKey("optional"));

    [Fact]
    public void Image() =>
        AssertJson("""{"type":"image","image_url":"https://example.org/a.png","alt_text":"Logo"}""",
            InMessage(new ImageBlock("https://example.org/a.png", "Logo")));

    [Fact]
    public void A_block_serialized_on_its_own_keeps_its_type()
    {
        Assert.Equal("divider", SlackApiMethods.Node(new DividerBlock())["type"]?.GetValue<string>());
        Assert.Equal("button", SlackApiMethods.Node(Go)["type"]?.GetValue<string>());
        var bytes = SlackJson.SerializeToUtf8(new HeaderBlock("Titre"));
        Assert.Equal("header", JsonDocument.Parse(bytes).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Accents_are_written_as_they_are()
    {
        var json = System.Text.Encoding.UTF8.GetString(SlackJson.SerializeToUtf8(new SlackMessage("Réservé à l'équipe « café »")));

        Assert.Contains("Réservé à l'équipe « café »", json);
    }
}
