using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Testing;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>
/// Our elements, built like the ones of the real modals in the fixtures, serialize to exactly the element Slack
/// echoes back in those payloads.
/// </summary>
public sealed class ElementFixtureShapeTests
{
    private static JsonNode FixtureElement(string fixture, int block) => SlackFixtures.Json(fixture)["view"]!["blocks"]![block]!["element"]!;

    private static void AssertSame(JsonNode expected, BlockElement element)
    {
        var actual = SlackApiMethods.Node(element);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\nactual   {actual.ToJsonString()}");
    }

    [Fact]
    public void The_rating_select_of_the_view_submission() =>
        AssertSame(FixtureElement("view_submission.json", 0), new StaticSelect("single_action",
            [new Option(":star:", "1"), new Option(":star::star:", "2"), new Option(":star::star::star:", "3")],
            placeholder: "Select an item"));

    [Fact]
    public void The_date_picker_of_the_view_submission() =>
        AssertSame(FixtureElement("view_submission.json", 1),
            new DatePicker("single_action", new DateOnly(2019, 9, 26), placeholder: "Choose the date"));

    [Fact]
    public void The_multiline_text_input_of_the_view_submission() =>
        AssertSame(FixtureElement("view_submission.json", 2), new PlainTextInput("single_action", multiline: true));

    [Fact]
    public void The_bare_date_picker_and_the_time_picker_with_a_zone() => Assert.All(new (int, BlockElement)[]
    {
        (1, new DatePicker("date-action")),
        (2, new TimePicker("time-action", timezone: "America/Los_Angeles")),
    }, c => AssertSame(FixtureElement("view_submission_timepicker.json", c.Item1), c.Item2));

    [Fact]
    public void The_input_block_of_the_view_submission_apart_from_the_defaults_slack_echoes()
    {
        var expected = SlackFixtures.Json("view_submission.json")["view"]!["blocks"]![2]!.AsObject().DeepClone().AsObject();
        expected.Remove("optional");
        var modal = new ModalView("title string", [new InputBlock("comment", "Comment", new PlainTextInput("single_action", multiline: true))],
            submit: "Submit");

        Assert.True(JsonNode.DeepEquals(expected, SlackApiMethods.Node(modal)["blocks"]![0]), expected.ToJsonString());
    }
}
