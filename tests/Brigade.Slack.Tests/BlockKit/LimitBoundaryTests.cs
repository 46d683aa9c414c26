using Brigade.Slack.BlockKit;
using static Brigade.Slack.Tests.Support.BlockKitSamples;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>
/// The limits whose refusal was tested without the limit itself: exactly at the limit is accepted, one over is
/// refused.
/// </summary>
public sealed class LimitBoundaryTests
{
    private static readonly Block[] One = [new DividerBlock()];
    private static readonly PlainTextInput Field = new("name");

    [Fact] public void An_option_description_is_at_most_75() => AcceptsThenRefuses(75, n => new Option("t", "v", Text(n)));
    [Fact] public void A_markdown_option_text_is_at_most_75() => AcceptsThenRefuses(75, n => Option.Markdown(Text(n), "v"));
    [Fact] public void A_markdown_option_description_is_at_most_75() => AcceptsThenRefuses(75, n => Option.Markdown("t", "v", Text(n)));
    [Fact] public void An_option_group_label_is_at_most_75() => AcceptsThenRefuses(75, n => new OptionGroup(Text(n), Options(1)));
    [Fact] public void An_option_group_has_at_most_100_options() => AcceptsThenRefuses(100, n => new OptionGroup("G", Options(n)));
    [Fact] public void A_static_select_has_at_most_100_groups() => AcceptsThenRefuses(100, n => new StaticSelect("s", Groups(n)));
    [Fact] public void A_confirm_title_is_at_most_100() => AcceptsThenRefuses(100, n => new ConfirmDialog(Text(n), "t", "Oui", "Non"));
    [Fact] public void A_confirm_text_is_at_most_300() => AcceptsThenRefuses(300, n => new ConfirmDialog("t", Text(n), "Oui", "Non"));
    [Fact] public void A_confirm_button_is_at_most_30() => AcceptsThenRefuses(30, n => new ConfirmDialog("t", "t", Text(n), "Non"));
    [Fact] public void A_plain_section_text_is_at_most_3000() => AcceptsThenRefuses(3000, n => SectionBlock.Plain(Text(n)));
    [Fact] public void An_input_label_is_at_most_2000() => AcceptsThenRefuses(2000, n => new InputBlock("b", Text(n), Field));
    [Fact] public void An_input_hint_is_at_most_2000() => AcceptsThenRefuses(2000, n => new InputBlock("b", "Nom", Field, hint: Text(n)));
    [Fact] public void A_home_callback_id_is_at_most_255() => AcceptsThenRefuses(255, n => new HomeView(One, callbackId: new string('c', n)));
    [Fact] public void A_modal_external_id_is_at_most_255() => AcceptsThenRefuses(255, n => new ModalView("T", One, externalId: new string('e', n)));

    [Fact]
    public void An_overflow_has_at_least_2_options()
    {
        Assert.Equal(2, new Overflow("o", Options(2)).Options.Count);
        Assert.Throws<SlackLimitException>(() => new Overflow("o", Options(1)));
    }

    [Fact]
    public void Every_placeholder_is_at_most_150()
    {
        var builders = new Func<string, object>[]
        {
            p => new StaticSelect("s", Options(1), placeholder: p),
            p => new StaticSelect("s", Groups(1), placeholder: p),
            p => new MultiStaticSelect("m", Options(1), placeholder: p),
            p => new ExternalSelect("e", p),
            p => new ConversationsSelect("c", placeholder: p),
            p => new DatePicker("d", placeholder: p),
            p => new TimePicker("t", placeholder: p),
            p => new PlainTextInput("p", placeholder: p),
            p => new UrlTextInput("u", placeholder: p),
            p => new NumberInput("n", placeholder: p),
        };

        Assert.All(builders, build => AcceptsThenRefuses(150, n => build(Text(n))));
    }
}
