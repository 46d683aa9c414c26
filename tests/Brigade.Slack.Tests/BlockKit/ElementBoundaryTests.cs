using Brigade.Slack.BlockKit;
using static Brigade.Slack.Tests.Support.BlockKitSamples;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>
/// Both sides of the numeric settings Slack checks on input elements: the bound itself is accepted, one past it
/// refused. Also what is refused when a list or an id is missing altogether.
/// </summary>
public sealed class ElementBoundaryTests
{
    [Fact]
    public void A_text_input_min_length_is_between_0_and_3000()
    {
        Assert.Equal(0, new PlainTextInput("p", minLength: 0).MinLength);
        Assert.Equal(3000, new PlainTextInput("p", minLength: 3000).MinLength);
        Assert.Throws<SlackLimitException>(() => new PlainTextInput("p", minLength: -1));
        Assert.Throws<SlackLimitException>(() => new PlainTextInput("p", minLength: 3001));
    }

    [Fact]
    public void A_text_input_max_length_is_at_least_1()
    {
        Assert.Equal(1, new PlainTextInput("p", maxLength: 1).MaxLength);
        Assert.Throws<SlackLimitException>(() => new PlainTextInput("p", maxLength: 0));
    }

    [Fact]
    public void A_text_input_min_length_may_equal_its_max_length_but_not_exceed_it()
    {
        var exact = new PlainTextInput("p", minLength: 10, maxLength: 10);

        Assert.Equal((10, 10), (exact.MinLength, exact.MaxLength));
        Assert.Throws<SlackLimitException>(() => new PlainTextInput("p", minLength: 11, maxLength: 10));
    }

    [Fact]
    public void A_text_input_initial_value_may_fill_its_max_length_exactly()
    {
        Assert.Equal("abc", new PlainTextInput("p", "abc", maxLength: 3).InitialValue);
        Assert.Throws<SlackLimitException>(() => new PlainTextInput("p", "abcd", maxLength: 3));
    }

    [Fact]
    public void A_number_input_min_value_may_equal_its_max_value_but_not_exceed_it()
    {
        var exact = new NumberInput("n", minValue: 5, maxValue: 5);

        Assert.Equal(("5", "5"), (exact.MinValue, exact.MaxValue));
        Assert.Throws<SlackLimitException>(() => new NumberInput("n", minValue: 5.5m, maxValue: 5));
    }

    [Fact]
    public void An_external_select_min_query_length_may_be_0_but_not_negative()
    {
        Assert.Equal(0, new ExternalSelect("e", minQueryLength: 0).MinQueryLength);
        Assert.Throws<SlackLimitException>(() => new ExternalSelect("e", minQueryLength: -1));
    }

    [Fact]
    public void A_url_input_initial_value_is_at_most_3000()
    {
        var url = "https://example.org/" + new string('a', 3000 - 20);

        Assert.Equal(url, new UrlTextInput("u", url).InitialValue);
        Assert.Throws<SlackLimitException>(() => new UrlTextInput("u", url + "a"));
    }

    [Fact]
    public void An_image_url_and_alt_text_have_slacks_limits()
    {
        _ = new ImageBlock(new string('u', 3000), new string('a', 2000));
        Assert.Throws<SlackLimitException>(() => new ImageBlock(new string('u', 3001), "alt"));
        Assert.Throws<SlackLimitException>(() => new ImageBlock("https://example.org/a.png", new string('a', 2001)));
    }

    [Fact]
    public void A_button_url_and_accessibility_label_have_slacks_limits()
    {
        _ = new Button("a", "B", url: new string('u', 3000), accessibilityLabel: new string('l', 75));
        Assert.Throws<SlackLimitException>(() => new Button("a", "B", url: new string('u', 3001)));
        Assert.Throws<SlackLimitException>(() => new Button("a", "B", accessibilityLabel: new string('l', 76)));
    }

    [Fact]
    public void A_confirm_deny_button_is_at_most_30()
    {
        _ = new ConfirmDialog("t", "t", "Oui", new string('n', 30));
        Assert.Throws<SlackLimitException>(() => new ConfirmDialog("t", "t", "Oui", new string('n', 31)));
    }

    [Fact]
    public void An_input_block_id_is_required_and_at_most_255()
    {
        var field = new PlainTextInput("name");

        Assert.Equal(new string('b', 255), new InputBlock(new string('b', 255), "Nom", field).BlockId);
        Assert.Throws<SlackLimitException>(() => new InputBlock(new string('b', 256), "Nom", field));
        Assert.Throws<SlackLimitException>(() => new InputBlock(null!, "Nom", field));
        Assert.Throws<SlackLimitException>(() => new InputBlock("", "Nom", field));
    }

    [Fact]
    public void An_overflow_cannot_stand_in_an_input() =>
        Assert.Throws<SlackLimitException>(() => new InputBlock("b", "Menu", new Overflow("o", Options(2))));

    [Fact]
    public void Every_input_element_can_stand_in_an_input()
    {
        BlockElement[] inputs =
        [
            new PlainTextInput("a"), new UrlTextInput("b"), new NumberInput("c"), new DatePicker("d"), new TimePicker("e"),
            new StaticSelect("f", Options(1)), new MultiStaticSelect("g", Options(1)), new ExternalSelect("h"),
            new ConversationsSelect("i"), new Checkboxes("j", Options(1)), new RadioButtons("k", Options(1)),
        ];

        Assert.All(inputs, element => Assert.Same(element, new InputBlock("b", "Champ", element).Element));
    }

    [Fact]
    public void A_missing_list_is_refused_like_an_empty_one()
    {
        Assert.Throws<SlackLimitException>(() => new ActionsBlock(null!));
        Assert.Throws<SlackLimitException>(() => new StaticSelect("s", (IEnumerable<Option>)null!));
        Assert.Throws<SlackLimitException>(() => new ModalView("T", null!));
    }

    [Fact]
    public void A_select_initial_option_that_is_one_of_its_options_is_accepted()
    {
        var options = Options(3);

        Assert.Equal(options[2], new StaticSelect("s", options, initialOption: new Option("Option 2", "v2")).InitialOption);
    }
}
