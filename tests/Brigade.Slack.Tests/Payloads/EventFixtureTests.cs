using System.Text.Json;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.Payloads;

/// <summary>Events API fixtures as <see cref="EventCallback"/> envelopes and typed inner events.</summary>
public sealed class EventFixtureTests
{
    private static EventCallback Envelope(string fixture) => SlackJson.Deserialize<EventCallback>(SlackFixtures.Element(fixture));

    /// <summary>An inner-event-only fixture wrapped as Slack would deliver it.</summary>
    private static EventCallback Wrapped(string innerFixture)
    {
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "event_callback", ["event_id"] = "Ev0WRAPPED", ["event_time"] = 1700000000,
            ["event"] = SlackFixtures.Json(innerFixture),
        };
        return SlackJson.Deserialize<EventCallback>(JsonDocument.Parse(body.ToJsonString()).RootElement);
    }

    [Theory]
    [InlineData("event_app_home_opened.json", "app_home_opened", "Ev08EUKK3342")]
    [InlineData("event_app_home_opened_messages_tab.json", "app_home_opened", null)]
    [InlineData("event_message_channel_join.json", "message", "Ev043W120WSH")]
    [InlineData("event_message_im.json", "message", null)]
    [InlineData("event_reaction_added.json", "reaction_added", "Ev123ABC456")]
    [InlineData("event_team_join.json", "team_join", "Ev123ABC456")]
    public void Every_event_callback_fixture_parses(string fixture, string eventType, string? eventId)
    {
        var envelope = Envelope(fixture);

        Assert.Equal("event_callback", envelope.Type);
        Assert.Equal(eventType, envelope.EventType);
        Assert.NotEmpty(envelope.EventId);
        if (eventId is not null) Assert.Equal(eventId, envelope.EventId);
        Assert.True(envelope.EventTime > 0);
    }

    [Fact]
    public void Team_join_gives_the_full_user()
    {
        var user = Envelope("event_team_join.json").EventAs<TeamJoinEvent>().User;

        Assert.Equal("W012A3CDE", user.Id);
        Assert.Equal("spengler", user.Name);
        Assert.Equal("America/Los_Angeles", user.Tz);
        Assert.False(user.IsBot);
        Assert.False(user.IsRestricted);
        Assert.False(user.Deleted);
    }

    [Fact]
    public void App_home_opened_gives_the_tab_and_its_authorizations()
    {
        var envelope = Envelope("event_app_home_opened.json");
        var opened = envelope.EventAs<AppHomeOpenedEvent>();

        Assert.Equal(("U043H11ES4V", "D0442US94JD", "home"), (opened.User, opened.Channel, opened.Tab));
        Assert.Null(opened.View);
        var authorization = Assert.Single(envelope.Authorizations!);
        Assert.Equal(("T043DB835ML", "U0442US8QGH", true), (authorization.TeamId, authorization.UserId, authorization.IsBot));
        Assert.Null(authorization.EnterpriseId);
    }

    [Fact]
    public void App_home_opened_on_the_messages_tab()
    {
        Assert.Equal("messages", Envelope("event_app_home_opened_messages_tab.json").EventAs<AppHomeOpenedEvent>().Tab);
    }

    [Fact]
    public void App_home_opened_with_a_published_view()
    {
        var opened = Wrapped("event_app_home_opened_with_view_inner.json").EventAs<AppHomeOpenedEvent>();

        Assert.Equal("V123ABC456", opened.View?.Id);
        Assert.Equal("home", opened.View?.Type);
        Assert.Empty(opened.View!.State.Values);
    }

    [Fact]
    public void Member_joined_channel_is_recognised_by_its_inner_type()
    {
        var envelope = Wrapped("event_member_joined_channel_inner.json");

        Assert.Equal("member_joined_channel", envelope.EventType);
        Assert.Equal("C123ABC456", envelope.Event.GetProperty("channel").GetString());
    }

    [Fact]
    public void An_inner_event_whose_type_is_not_a_string_has_no_type()
    {
        var envelope = SlackJson.Deserialize<EventCallback>(JsonDocument.Parse(
            """{"type":"event_callback","event_id":"Ev1","event":{"type":7}}""").RootElement);

        Assert.Equal("", envelope.EventType);
    }

    [Fact]
    public void Url_verification_carries_the_challenge()
    {
        var body = SlackFixtures.Element("event_url_verification.json");

        Assert.Equal("url_verification", body.GetProperty("type").GetString());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body.GetProperty("challenge").GetString());
    }
}
