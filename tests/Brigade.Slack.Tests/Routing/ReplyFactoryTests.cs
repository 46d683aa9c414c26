using System.Text;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Json;
using Brigade.Slack.Routing;

namespace Brigade.Slack.Tests.Routing;

/// <summary>The reply factories say what they build: an ephemeral message, and a refusal of an empty error list.</summary>
public sealed class ReplyFactoryTests
{
    [Fact]
    public void A_message_reply_is_ephemeral_unless_asked_for_the_channel()
    {
        Assert.Equal("ephemeral", CommandReply.Ephemeral(new SlackMessage("Pour toi")).ResponseType);
        Assert.Equal("ephemeral", CommandReply.Ephemeral("Pour toi").ResponseType);
        Assert.Equal("in_channel", CommandReply.InChannel(new SlackMessage("Pour tous")).ResponseType);
    }

    [Fact]
    public void An_empty_error_list_is_refused_with_a_reason() =>
        Assert.StartsWith("At least one field error is needed.",
            Assert.Throws<ArgumentException>(() => ViewSubmissionReply.WithErrors(new Dictionary<string, string>())).Message);

    [Fact]
    public void A_reply_is_serialized_once_and_its_copy_is_not_part_of_its_value()
    {
        var sent = CommandReply.Ephemeral(new SlackMessage("Pour toi", [SectionBlock.Markdown("*Bonjour*")]));
        var twin = sent with { }; // the same values, copied before it was serialized

        var wire = sent.Wire;
        Assert.Same(wire, sent.Wire);
        Assert.Equal(Encoding.UTF8.GetString(SlackJson.SerializeToUtf8(sent)), Encoding.UTF8.GetString(wire));
        Assert.DoesNotContain("wire", Encoding.UTF8.GetString(wire), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(sent, twin);
        Assert.Equal(sent.GetHashCode(), twin.GetHashCode());
        Assert.NotEqual(CommandReply.Ephemeral("Pour toi"), CommandReply.InChannel(new SlackMessage("Pour toi")));
        Assert.NotEqual(CommandReply.Ephemeral("Pour toi"), CommandReply.Ephemeral("Pour vous"));
    }
}
