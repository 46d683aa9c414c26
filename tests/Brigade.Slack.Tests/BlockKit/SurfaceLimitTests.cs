using Brigade.Slack.BlockKit;
using static Brigade.Slack.Tests.Support.BlockKitSamples;

namespace Brigade.Slack.Tests.BlockKit;

/// <summary>Messages, modals and Home views refuse, when built, what Slack would refuse.</summary>
public sealed class SurfaceLimitTests
{
    private static readonly Block[] One = [new DividerBlock()];
    private static InputBlock Input(string blockId = "name") => new(blockId, "Nom", new PlainTextInput("name"));

    [Fact] public void A_message_has_at_most_50_blocks() => AcceptsThenRefuses(50, n => new SlackMessage("t", Blocks(n)));
    [Fact] public void A_modal_has_at_most_100_blocks() => AcceptsThenRefuses(100, n => new ModalView("T", Blocks(n)));
    [Fact] public void A_home_view_has_at_most_100_blocks() => AcceptsThenRefuses(100, n => new HomeView(Blocks(n)));
    [Fact] public void A_modal_title_is_at_most_24() => AcceptsThenRefuses(24, n => new ModalView(Text(n), One));
    [Fact] public void A_modal_submit_is_at_most_24() => AcceptsThenRefuses(24, n => new ModalView("T", One, submit: Text(n)));
    [Fact] public void A_modal_close_is_at_most_24() => AcceptsThenRefuses(24, n => new ModalView("T", One, close: Text(n)));
    [Fact] public void Modal_private_metadata_is_at_most_3000() => AcceptsThenRefuses(3000, n => new ModalView("T", One, privateMetadata: Text(n)));
    [Fact] public void Home_private_metadata_is_at_most_3000() => AcceptsThenRefuses(3000, n => new HomeView(One, privateMetadata: Text(n)));
    [Fact] public void A_callback_id_is_at_most_255() => AcceptsThenRefuses(255, n => new ModalView("T", One, callbackId: Text(n)));
    [Fact] public void Message_text_is_at_most_40000() => AcceptsThenRefuses(40000, n => new SlackMessage(Text(n)));

    [Fact]
    public void A_message_needs_a_fallback_text() => Assert.Throws<SlackLimitException>(() => new SlackMessage(""));

    [Fact]
    public void A_modal_needs_a_title_and_a_block()
    {
        Assert.Throws<SlackLimitException>(() => new ModalView("", One));
        Assert.Throws<SlackLimitException>(() => new ModalView("T", []));
    }

    [Fact]
    public void A_modal_with_an_input_needs_a_submit_button()
    {
        var error = Assert.Throws<SlackLimitException>(() => new ModalView("T", [Input()]));
        Assert.Contains("submit", error.Message);
        _ = new ModalView("T", [Input()], submit: "Envoyer");
    }

    [Fact]
    public void A_block_id_is_unique_within_a_surface()
    {
        Assert.Throws<SlackLimitException>(() => new SlackMessage("t", [new DividerBlock("same"), new HeaderBlock("H", "same")]));
        Assert.Throws<SlackLimitException>(() => new ModalView("T", [Input("same"), Input("same")], submit: "OK"));
        Assert.Throws<SlackLimitException>(() => new HomeView([new DividerBlock("same"), new DividerBlock("same")]));
    }

    [Fact]
    public void Blocks_without_ids_do_not_collide() => _ = new SlackMessage("t", [new DividerBlock(), new DividerBlock()]);
}
