using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Sandbox.Interaction;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>What the page's fields hold becomes Slack's state.values, which our own payload records read back.</summary>
public sealed class SandboxViewStateTests
{
    private static JsonArray Blocks(params Block[] blocks) => new(blocks.Select(b => SlackApiMethods.Node(b)).ToArray());

    private static ViewState Read(JsonObject values) =>
        Brigade.Slack.Json.SlackJson.Deserialize<ViewState>(
            System.Text.Json.JsonSerializer.SerializeToElement(new JsonObject { ["values"] = values }));

    [Fact]
    public void Each_element_gets_Slack_s_shape_and_options_come_from_the_element_not_the_page()
    {
        var blocks = Blocks(
            new InputBlock("theme", "Thème", new StaticSelect("value", [new Option("Cybersécurité", "cyber")])),
            new InputBlock("days", "Jours", new Checkboxes("value", [new Option("Lundi", "lun")]), optional: true),
            new InputBlock("where", "Canal", new ConversationsSelect("value")),
            new InputBlock("note", "Note", new PlainTextInput("value"), optional: true),
            new InputBlock("start", "Heure de début", new TimePicker("value", timezone: "America/Toronto")));
        var fields = JsonNode.Parse("""
            {"theme":{"value":"cyber"},"days":{"value":["lun","forged"]},"where":{"value":"C0WATCH"},"note":{"value":""},
             "start":{"value":"14:30"}}
            """)!.AsObject();

        var values = SandboxViewState.Build(blocks, fields);
        var state = Read(values);

        Assert.Equal("Cybersécurité", values["theme"]!["value"]!["selected_option"]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("cyber", state.Text("theme", "value"));
        Assert.Equal(["lun"], state.SelectedValues("days", "value"));
        Assert.Equal("C0WATCH", state.Get("where", "value")!.SelectedConversation);
        Assert.Null(state.Text("note", "value"));
        Assert.Equal("14:30", state.Text("start", "value"));
        Assert.Equal("America/Toronto", state.Get("start", "value")!.Timezone);
    }

    [Fact]
    public void A_choice_the_element_does_not_offer_is_dropped()
    {
        var blocks = Blocks(new InputBlock("theme", "Thème", new StaticSelect("value", [new Option("Cybersécurité", "cyber")])));

        var values = SandboxViewState.Build(blocks, JsonNode.Parse("""{"theme":{"value":"forged"}}""")!.AsObject());

        Assert.Null(Read(values).Text("theme", "value"));
    }
}
