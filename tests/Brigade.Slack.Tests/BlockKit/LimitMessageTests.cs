using Brigade.Slack.BlockKit;
using static Brigade.Slack.Tests.Support.BlockKitSamples;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>
/// A refusal names the Slack field and the limit it broke, so whoever built the view finds the culprit from the
/// error alone.
/// </summary>
public sealed class LimitMessageTests
{
    private static readonly Block[] One = [new DividerBlock()];

    private static void Refuses(string expected, Func<object> build) =>
        Assert.Equal(expected, Assert.Throws<SlackLimitException>(build).Message);

    [Fact]
    public void Ids()
    {
        Refuses("block_id has 256 characters; Slack allows 255.", () => new DividerBlock(Text(256)));
        Refuses("action_id has 256 characters; Slack allows 255.", () => new Button(Text(256), "B"));
        Refuses("callback_id has 256 characters; Slack allows 255.", () => new ModalView("T", One, callbackId: Text(256)));
        Refuses("callback_id has 256 characters; Slack allows 255.", () => new HomeView(One, callbackId: Text(256)));
        Refuses("external_id has 256 characters; Slack allows 255.", () => new ModalView("T", One, externalId: Text(256)));
        Refuses("The action_id 'same' appears twice in one block.",
            () => new ActionsBlock([new Button("same", "A"), new Button("same", "B")]));
    }

    [Fact]
    public void Blocks_of_messages_and_views()
    {
        Refuses("actions elements needs at least 1 item(s).", () => new ActionsBlock([]));
        Refuses("context elements has 11 items; Slack allows 10.", () => new ContextBlock(Texts(11)));
        Refuses("header text has 151 characters; Slack allows 150.", () => new HeaderBlock(Text(151)));
        Refuses("header text must have at least 1 character(s).", () => new HeaderBlock(""));
        Refuses("image_url has 3001 characters; Slack allows 3000.", () => new ImageBlock(Text(3001), "alt"));
        Refuses("alt_text has 2001 characters; Slack allows 2000.", () => new ImageBlock("https://example.org/a.png", Text(2001)));
        Refuses("section fields has 11 items; Slack allows 10.", () => new SectionBlock(Texts(11)));
        Refuses("section field has 2001 characters; Slack allows 2000.", () => new SectionBlock([TextObject.Markdown(Text(2001))]));
        Refuses("section text has 3001 characters; Slack allows 3000.", () => SectionBlock.Markdown(Text(3001)));
        Refuses("section text has 3001 characters; Slack allows 3000.", () => SectionBlock.Plain(Text(3001)));
    }

    [Fact]
    public void Input_blocks()
    {
        var field = new PlainTextInput("name");
        Refuses("input block_id has 256 characters; Slack allows 255.", () => new InputBlock(Text(256), "Nom", field));
        Refuses("input block_id must have at least 1 character(s).", () => new InputBlock(null!, "Nom", field));
        Refuses("input label has 2001 characters; Slack allows 2000.", () => new InputBlock("b", Text(2001), field));
        Refuses("input hint has 2001 characters; Slack allows 2000.", () => new InputBlock("b", "Nom", field, hint: Text(2001)));
        Refuses("A Button cannot stand in an input block.", () => new InputBlock("b", "Nom", new Button("a", "B")));
    }

    [Fact]
    public void Surfaces()
    {
        Refuses("message text has 40001 characters; Slack allows 40000.", () => new SlackMessage(Text(40001)));
        Refuses("message blocks has 51 items; Slack allows 50.", () => new SlackMessage("t", Blocks(51)));
        Refuses("The message has the block_id 'same' twice.", () => new SlackMessage("t", [new DividerBlock("same"), new DividerBlock("same")]));
        Refuses("modal title has 25 characters; Slack allows 24.", () => new ModalView(Text(25), One));
        Refuses("modal blocks needs at least 1 item(s).", () => new ModalView("T", []));
        Refuses("The modal has the block_id 'same' twice.", () => new ModalView("T", [new DividerBlock("same"), new DividerBlock("same")]));
        Refuses("modal submit has 25 characters; Slack allows 24.", () => new ModalView("T", One, submit: Text(25)));
        Refuses("modal close has 25 characters; Slack allows 24.", () => new ModalView("T", One, close: Text(25)));
        Refuses("private_metadata has 3001 characters; Slack allows 3000.", () => new ModalView("T", One, privateMetadata: Text(3001)));
        Refuses("home blocks needs at least 1 item(s).", () => new HomeView([]));
        Refuses("The home view has the block_id 'same' twice.", () => new HomeView([new DividerBlock("same"), new DividerBlock("same")]));
        Refuses("private_metadata has 3001 characters; Slack allows 3000.", () => new HomeView(One, privateMetadata: Text(3001)));
    }

    [Fact]
    public void Buttons_and_confirm_dialogs()
    {
        Refuses("button text has 76 characters; Slack allows 75.", () => new Button("a", Text(76)));
        Refuses("button value has 2001 characters; Slack allows 2000.", () => new Button("a", "B", Text(2001)));
        Refuses("button url has 3001 characters; Slack allows 3000.", () => new Button("a", "B", url: Text(3001)));
        Refuses("accessibility_label has 76 characters; Slack allows 75.", () => new Button("a", "B", accessibilityLabel: Text(76)));
        Refuses("confirm title has 101 characters; Slack allows 100.", () => new ConfirmDialog(Text(101), "t", "Oui", "Non"));
        Refuses("confirm text has 301 characters; Slack allows 300.", () => new ConfirmDialog("t", Text(301), "Oui", "Non"));
        Refuses("confirm button has 31 characters; Slack allows 30.", () => new ConfirmDialog("t", "t", Text(31), "Non"));
        Refuses("deny button has 31 characters; Slack allows 30.", () => new ConfirmDialog("t", "t", "Oui", Text(31)));
    }

    [Fact]
    public void Options_and_groups()
    {
        Refuses("option text has 76 characters; Slack allows 75.", () => new Option(Text(76), "v"));
        Refuses("option value has 151 characters; Slack allows 150.", () => new Option("t", Text(151)));
        Refuses("option description has 76 characters; Slack allows 75.", () => new Option("t", "v", Text(76)));
        Refuses("option text has 76 characters; Slack allows 75.", () => Option.Markdown(Text(76), "v"));
        Refuses("option value has 151 characters; Slack allows 150.", () => Option.Markdown("t", Text(151)));
        Refuses("option description has 76 characters; Slack allows 75.", () => Option.Markdown("t", "v", Text(76)));
        Refuses("option group label has 76 characters; Slack allows 75.", () => new OptionGroup(Text(76), Options(1)));
        Refuses("option group has 101 items; Slack allows 100.", () => new OptionGroup("G", Options(101)));
    }

    [Fact]
    public void Option_lists_of_elements()
    {
        Refuses("static_select options has 101 items; Slack allows 100.", () => new StaticSelect("s", Options(101)));
        Refuses("static_select option groups has 101 items; Slack allows 100.",
            () => new StaticSelect("s", Enumerable.Range(0, 101).Select(i => new OptionGroup($"G{i}", Options(1)))));
        Refuses("The initial option must be one of the select's options.",
            () => new StaticSelect("s", Options(2), initialOption: new Option("Autre", "x")));
        Refuses("multi_static_select options has 101 items; Slack allows 100.", () => new MultiStaticSelect("m", Options(101)));
        Refuses("checkboxes options has 11 items; Slack allows 10.", () => new Checkboxes("c", Options(11)));
        Refuses("radio_buttons options has 11 items; Slack allows 10.", () => new RadioButtons("r", Options(11)));
        Refuses("overflow options has 6 items; Slack allows 5.", () => new Overflow("o", Options(6)));
        Refuses("overflow options needs at least 2 item(s).", () => new Overflow("o", Options(1)));
    }

    [Fact]
    public void Placeholders_of_every_element()
    {
        const string expected = "placeholder has 151 characters; Slack allows 150.";
        var placeholder = Text(151);
        Refuses(expected, () => new StaticSelect("s", Options(1), placeholder: placeholder));
        Refuses(expected, () => new StaticSelect("s", [new OptionGroup("G", Options(1))], placeholder: placeholder));
        Refuses(expected, () => new MultiStaticSelect("m", Options(1), placeholder: placeholder));
        Refuses(expected, () => new ExternalSelect("e", placeholder));
        Refuses(expected, () => new ConversationsSelect("c", placeholder: placeholder));
        Refuses(expected, () => new DatePicker("d", placeholder: placeholder));
        Refuses(expected, () => new TimePicker("t", placeholder: placeholder));
        Refuses(expected, () => new PlainTextInput("p", placeholder: placeholder));
        Refuses(expected, () => new UrlTextInput("u", placeholder: placeholder));
        Refuses(expected, () => new NumberInput("n", placeholder: placeholder));
    }

    [Fact]
    public void Input_element_settings()
    {
        Refuses("min_query_length cannot be negative.", () => new ExternalSelect("e", minQueryLength: -1));
        Refuses("min_value cannot exceed max_value.", () => new NumberInput("n", minValue: 2, maxValue: 1));
        Refuses("min_length must be between 0 and 3000.", () => new PlainTextInput("p", minLength: -1));
        Refuses("max_length must be between 1 and 3000.", () => new PlainTextInput("p", maxLength: 0));
        Refuses("min_length cannot exceed max_length.", () => new PlainTextInput("p", minLength: 5, maxLength: 4));
        Refuses("The initial value is longer than max_length.", () => new PlainTextInput("p", "abcd", maxLength: 3));
        Refuses("url initial_value has 3001 characters; Slack allows 3000.", () => new UrlTextInput("u", Text(3001)));
    }

    [Fact]
    public void Mrkdwn_refusals_say_what_is_accepted()
    {
        Assert.StartsWith("Only http(s) URLs without '|', '<' or '>' can be linked.",
            Assert.Throws<ArgumentException>(() => Mrkdwn.Link("ftp://example.org")).Message);
        Assert.StartsWith("'U1-2' is not a Slack id.", Assert.Throws<ArgumentException>(() => Mrkdwn.User("U1-2")).Message);
    }
}
