using Brigade.Slack.BlockKit;
using static Brigade.Slack.Tests.Support.BlockKitSamples;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>Blocks and elements refuse, when built, what Slack would refuse; the limit itself is accepted.</summary>
public sealed class BlockLimitTests
{
    private static Button[] Buttons(int count) => Enumerable.Range(0, count).Select(i => new Button($"b{i}", "B")).ToArray();

    [Fact] public void Button_text_is_at_most_75() => AcceptsThenRefuses(75, n => new Button("a", Text(n)));
    [Fact] public void Button_value_is_at_most_2000() => AcceptsThenRefuses(2000, n => new Button("a", "B", Text(n)));
    [Fact] public void Option_text_is_at_most_75() => AcceptsThenRefuses(75, n => new Option(Text(n), "v"));
    [Fact] public void Option_value_is_at_most_150() => AcceptsThenRefuses(150, n => new Option("t", Text(n)));
    [Fact] public void A_markdown_option_has_the_same_limits() => AcceptsThenRefuses(150, n => Option.Markdown("t", Text(n)));
    [Fact] public void A_static_select_has_at_most_100_options() => AcceptsThenRefuses(100, n => new StaticSelect("s", Options(n)));
    [Fact] public void A_multi_select_has_at_most_100_options() => AcceptsThenRefuses(100, n => new MultiStaticSelect("s", Options(n)));
    [Fact] public void Checkboxes_have_at_most_10_options() => AcceptsThenRefuses(10, n => new Checkboxes("c", Options(n)));
    [Fact] public void Radio_buttons_have_at_most_10_options() => AcceptsThenRefuses(10, n => new RadioButtons("r", Options(n)));
    [Fact] public void An_overflow_has_at_most_5_options() => AcceptsThenRefuses(5, n => new Overflow("o", Options(n)));
    [Fact] public void A_header_is_at_most_150() => AcceptsThenRefuses(150, n => new HeaderBlock(Text(n)));
    [Fact] public void Section_text_is_at_most_3000() => AcceptsThenRefuses(3000, n => SectionBlock.Markdown(Text(n)));
    [Fact] public void A_section_has_at_most_10_fields() => AcceptsThenRefuses(10, n => new SectionBlock(Texts(n)));
    [Fact] public void A_section_field_is_at_most_2000() => AcceptsThenRefuses(2000, n => new SectionBlock([TextObject.Markdown(Text(n))]));
    [Fact] public void A_context_has_at_most_10_elements() => AcceptsThenRefuses(10, n => new ContextBlock(Texts(n)));
    [Fact] public void An_actions_block_has_at_most_25_elements() => AcceptsThenRefuses(25, n => new ActionsBlock(Buttons(n)));
    [Fact] public void A_block_id_is_at_most_255() => AcceptsThenRefuses(255, n => new DividerBlock(new string('b', n)));
    [Fact] public void An_action_id_is_at_most_255() => AcceptsThenRefuses(255, n => new Button(new string('a', n), "B"));
    [Fact] public void A_placeholder_is_at_most_150() => AcceptsThenRefuses(150, n => new DatePicker("d", placeholder: Text(n)));
    [Fact] public void A_text_input_max_length_is_at_most_3000() => AcceptsThenRefuses(3000, n => new PlainTextInput("p", maxLength: n));

    [Fact]
    public void Empty_lists_and_texts_are_refused()
    {
        Assert.Throws<SlackLimitException>(() => new StaticSelect("s", Options(0)));
        Assert.Throws<SlackLimitException>(() => new ActionsBlock([]));
        Assert.Throws<SlackLimitException>(() => new SectionBlock(Texts(0)));
        Assert.Throws<SlackLimitException>(() => new Overflow("o", Options(1)));
        Assert.Throws<SlackLimitException>(() => new HeaderBlock(""));
        Assert.Throws<SlackLimitException>(() => new Option("", "v"));
    }

    [Fact]
    public void An_input_element_needs_an_action_id()
    {
        var error = Assert.Throws<SlackLimitException>(() => new InputBlock("b", "Nom", new PlainTextInput(null!)));
        Assert.Contains("action_id", error.Message);
    }

    [Fact]
    public void Buttons_and_overflows_cannot_stand_in_an_input() =>
        Assert.Throws<SlackLimitException>(() => new InputBlock("b", "Nom", new Button("a", "B")));

    [Fact]
    public void Two_elements_of_one_block_cannot_share_an_action_id() =>
        Assert.Throws<SlackLimitException>(() => new ActionsBlock([new Button("same", "A"), new Button("same", "B")]));

    [Fact]
    public void A_select_initial_option_must_be_one_of_its_options() =>
        Assert.Throws<SlackLimitException>(() => new StaticSelect("s", Options(2), initialOption: new Option("Autre", "x")));

    [Fact]
    public void A_text_input_initial_value_fits_its_max_length() =>
        Assert.Throws<SlackLimitException>(() => new PlainTextInput("p", "trop long", maxLength: 3));

    [Fact]
    public void A_confirm_dialog_has_slacks_limits()
    {
        Assert.Throws<SlackLimitException>(() => new ConfirmDialog(Text(101), "t", "Oui", "Non"));
        Assert.Throws<SlackLimitException>(() => new ConfirmDialog("t", Text(301), "Oui", "Non"));
        Assert.Throws<SlackLimitException>(() => new ConfirmDialog("t", "t", Text(31), "Non"));
    }
}
