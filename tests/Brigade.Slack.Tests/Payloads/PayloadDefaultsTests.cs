using System.Text.Json;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;

namespace Brigade.Slack.Tests.Payloads;

/// <summary>
/// Slack leaves fields out freely. A string field a record promises is then empty, never null, so handlers can read
/// it without a check; a text object without a type is plain text.
/// </summary>
public sealed class PayloadDefaultsTests
{
    private static T Parse<T>(string json = "{}") => SlackJson.Deserialize<T>(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Interaction_payloads()
    {
        var actions = Parse<BlockActionsPayload>();
        Assert.Equal(("", ""), (actions.Type, actions.User.Id));
        Assert.Empty(actions.Actions);

        var suggestion = Parse<BlockSuggestionPayload>();
        Assert.Equal(("", ""), (suggestion.ActionId, suggestion.Value));

        Assert.Equal("", Parse<ShortcutPayload>().CallbackId);

        var closed = Parse<ViewClosedPayload>();
        Assert.Equal(("", ""), (closed.View.Id, closed.View.Type));
        Assert.Same(ViewState.Empty, closed.View.State);
    }

    [Fact]
    public void Parts_of_interaction_payloads()
    {
        var action = Parse<BlockAction>();
        Assert.Equal(("", ""), (action.Type, action.ActionId));
        Assert.Equal("", Parse<InteractionContainer>().Type);
        Assert.Equal("", Parse<OptionPayload>().Value);
        Assert.Equal("", Parse<SlackChannelRef>().Id);
        Assert.Equal("", Parse<SlackTeamRef>().Id);
        Assert.Equal("", Parse<SlackUserRef>().Id);
        Assert.Equal("", Parse<ViewStateValue>().Type);
        var view = Parse<ViewPayload>();
        Assert.Equal(("", ""), (view.Id, view.Type));
    }

    [Fact]
    public void A_text_object_without_a_type_is_plain_text()
    {
        Assert.Equal(("plain_text", ""), (Parse<TextPayload>().Type, Parse<TextPayload>().Text));
        Assert.Equal("mrkdwn", Parse<TextPayload>("""{"type":"mrkdwn","text":"*a*"}""").Type);
    }

    [Fact]
    public void Events()
    {
        var callback = Parse<EventCallback>();
        Assert.Equal(("", "", ""), (callback.Type, callback.EventId, callback.EventType));
        Assert.Equal("", Parse<AppHomeOpenedEvent>().User);
        Assert.Equal("", Parse<SlackUserInfo>().Id);
        Assert.Equal("", Parse<TeamJoinEvent>().User.Id);
    }

    [Fact]
    public void An_event_that_is_not_an_object_has_no_type()
    {
        Assert.Equal("", Parse<EventCallback>("""{"type":"event_callback","event":"app_home_opened"}""").EventType);
        Assert.Equal("", Parse<EventCallback>("""{"type":"event_callback","event":{"user":"U1"}}""").EventType);
    }
}
