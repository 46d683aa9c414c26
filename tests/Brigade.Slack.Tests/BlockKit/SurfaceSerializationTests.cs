using System.Text.Json.Nodes;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>Messages, modals, Home views and the replies built on them, as Slack reads them.</summary>
public sealed class SurfaceSerializationTests
{
    private static void AssertJson(string expected, object value)
    {
        var actual = SlackApiMethods.Node(value);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual.ToJsonString());
    }

    [Fact]
    public void A_message_without_blocks_is_only_text()
    {
        AssertJson("""{"text":"Bonjour"}""", new SlackMessage("Bonjour", []));
    }

    [Fact]
    public void A_modal_with_every_option()
    {
        AssertJson("""
            {"type":"modal","title":{"type":"plain_text","text":"Réserver","emoji":true},
             "blocks":[{"type":"divider"}],"submit":{"type":"plain_text","text":"Envoyer","emoji":true},
             "close":{"type":"plain_text","text":"Annuler","emoji":true},"callback_id":"booking.create",
             "private_metadata":"{\"slot\":3}","external_id":"ext-1","notify_on_close":true,"clear_on_close":true}
            """, new ModalView("Réserver", [new DividerBlock()], submit: "Envoyer", close: "Annuler", callbackId: "booking.create",
            privateMetadata: """{"slot":3}""", notifyOnClose: true, clearOnClose: true, externalId: "ext-1"));
    }

    [Fact]
    public void A_minimal_modal_leaves_defaults_out()
    {
        AssertJson("""{"type":"modal","title":{"type":"plain_text","text":"Info","emoji":true},"blocks":[{"type":"divider"}]}""",
            new ModalView("Info", [new DividerBlock()]));
    }

    [Fact]
    public void A_home_view()
    {
        AssertJson("""{"type":"home","blocks":[{"type":"divider"}],"callback_id":"home"}""",
            new HomeView([new DividerBlock()], callbackId: "home"));
    }

    [Fact]
    public void An_in_channel_command_reply()
    {
        AssertJson("""{"response_type":"in_channel","text":"Pour tous","blocks":[{"type":"divider"}]}""",
            CommandReply.InChannel(new SlackMessage("Pour tous", [new DividerBlock()])));
    }

    [Fact]
    public void View_submission_replies()
    {
        AssertJson("""{"response_action":"errors","errors":{"dateBlock":"Trop tôt","Other-Block":"Requis"}}""",
            ViewSubmissionReply.WithErrors(new Dictionary<string, string> { ["dateBlock"] = "Trop tôt", ["Other-Block"] = "Requis" }));
        AssertJson("""{"response_action":"push","view":{"type":"modal","title":{"type":"plain_text","text":"Étape 2","emoji":true},"blocks":[{"type":"divider"}]}}""",
            ViewSubmissionReply.Push(new ModalView("Étape 2", [new DividerBlock()])));
        AssertJson("""{"response_action":"clear"}""", ViewSubmissionReply.Clear());
    }

    [Fact]
    public void A_view_submission_reply_needs_at_least_one_error()
    {
        Assert.Throws<ArgumentException>(() => ViewSubmissionReply.WithErrors(new Dictionary<string, string>()));
    }

    [Fact]
    public void An_options_reply_with_groups_keeps_at_most_100()
    {
        var groups = Enumerable.Range(0, 120).Select(i => new OptionGroup($"G{i}", [new Option("x", "x")]));

        var reply = SlackApiMethods.Node(new OptionsReply(groups));

        Assert.Equal(100, reply["option_groups"]!.AsArray().Count);
        Assert.Null(reply["options"]);
    }

    // Notifications and screen readers read the fallback text: it never starts with an emoji code.
    [Fact]
    public void A_text_alone_starting_with_emoji_keeps_it_in_a_section_and_the_fallback_goes_without()
    {
        AssertJson("""
            {"text":"C'est fait.","blocks":[{"type":"section","text":{"type":"mrkdwn","text":":white_check_mark: :tada: C'est fait."}}]}
            """, new SlackMessage(":white_check_mark: :tada: C'est fait."));
    }

    [Fact]
    public void With_blocks_only_the_fallback_changes()
    {
        var message = new SlackMessage(":warning: Attention", [new DividerBlock()]);

        Assert.Equal("Attention", message.Text);
        Assert.IsType<DividerBlock>(Assert.Single(message.Blocks!));
    }

    [Theory]
    [InlineData("Bonjour :wave:")]
    [InlineData("10:30 demain")]
    [InlineData(":pas un emoji: texte")]
    [InlineData(":tada:")]
    public void Other_texts_are_left_as_they_are(string text)
    {
        var message = new SlackMessage(text);

        Assert.Equal(text, message.Text);
        Assert.Null(message.Blocks);
    }
}
