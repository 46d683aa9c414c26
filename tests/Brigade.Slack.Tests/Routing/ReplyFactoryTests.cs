using Brigade.Slack.BlockKit;
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
}
