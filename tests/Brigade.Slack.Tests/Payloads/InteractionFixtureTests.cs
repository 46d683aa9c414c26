using Brigade.Slack.Json;
using Brigade.Slack.Payloads;
using Brigade.Slack.Testing;

namespace Brigade.Slack.Tests.Payloads;

/// <summary>Each interactivity fixture, decoded through <see cref="SlackJson"/> into its record.</summary>
public sealed class InteractionFixtureTests
{
    private static T Parse<T>(string fixture) => SlackJson.Deserialize<T>(SlackFixtures.Element(fixture));

    [Fact]
    public void A_button_click_in_an_ephemeral_message()
    {
        var payload = Parse<BlockActionsPayload>("block_actions_button.json");

        Assert.Equal("block_actions", payload.Type);
        Assert.Equal("W111", payload.User.Id);
        Assert.Equal("T111", payload.Team?.Id);
        Assert.Equal("E111", payload.Team?.EnterpriseId);
        Assert.Equal("111.222.valid", payload.TriggerId);
        Assert.Equal("https://hooks.slack.com/actions/T111/111/random-value", payload.ResponseUrl);
        Assert.Equal("C111", payload.ChannelId);
        Assert.True(payload.Container?.IsEphemeral);
        Assert.Equal("111.222", payload.Container?.MessageTs);
        var action = Assert.Single(payload.Actions);
        Assert.Equal(("button", "a", "b", "click_me_123"), (action.Type, action.ActionId, action.BlockId, action.Value));
        Assert.Equal("1596530385.194939", action.ActionTs);
    }

    [Fact]
    public void A_static_select_in_a_modal()
    {
        var payload = Parse<BlockActionsPayload>("block_actions_static_select.json");

        Assert.Equal("U12345678", payload.User.Id);
        Assert.Equal("view", payload.Container?.Type);
        Assert.Equal("V1234567890", payload.Container?.ViewId);
        Assert.Null(payload.ResponseUrl);
        Assert.Null(payload.ChannelId);
        Assert.Equal("V1234567890", payload.View?.Id);
        var action = Assert.Single(payload.Actions);
        Assert.Equal("static_select", action.Type);
        Assert.Equal(new string('a', 75), action.SelectedOption?.Value);
        Assert.Equal(new string('b', 75), action.SelectedOption?.Text?.Text);
        Assert.Equal(new string('a', 75), payload.View?.State.Text("block", "a"));
    }

    [Fact]
    public void A_view_submission_with_select_date_and_text()
    {
        var payload = Parse<ViewSubmissionPayload>("view_submission.json");

        Assert.Equal("U12345678", payload.User.Id);
        Assert.Equal("modal-callback-id", payload.View.CallbackId);
        Assert.Equal("V12345678", payload.View.Id);
        Assert.Equal("1569562184.10297bc3", payload.View.Hash);
        Assert.Equal("", payload.View.PrivateMetadata);
        Assert.Equal("3", payload.View.State.Get("rating", "single_action")?.SelectedOption?.Value);
        Assert.Equal("2019-09-23", payload.View.State.Get("date-of-visit", "single_action")?.SelectedDate);
        Assert.Equal("Just amazing!", payload.View.State.Text("comment", "single_action"));
    }

    [Fact]
    public void A_view_submission_from_an_org_wide_install()
    {
        var payload = Parse<ViewSubmissionPayload>("view_submission_timepicker.json");

        Assert.Null(payload.Team);
        Assert.True(payload.IsEnterpriseInstall);
        Assert.Equal("test-view", payload.View.CallbackId);
        var time = payload.View.State.Get("time-block", "time-action");
        Assert.Equal(("timepicker", "03:00", "America/Los_Angeles"), (time?.Type, time?.SelectedTime, time?.Timezone));
        Assert.Equal("2022-06-22", payload.View.State.Text("date-block", "date-action"));
        Assert.Equal("test", payload.View.State.Text("agenda-block", "agenda-action"));
    }

    [Fact]
    public void A_view_closed()
    {
        var payload = Parse<ViewClosedPayload>("view_closed.json");

        Assert.Equal("view_closed", payload.Type);
        Assert.Equal("U12345678", payload.User.Id);
        Assert.Equal("modal-callback-id", payload.View.CallbackId);
        Assert.False(payload.IsCleared);
        Assert.Empty(payload.View.State.Values);
    }

    [Fact]
    public void A_block_suggestion_carries_what_was_typed()
    {
        var payload = Parse<BlockSuggestionPayload>("block_suggestion.json");

        Assert.Equal("es_a", payload.ActionId);
        Assert.Equal("es_b", payload.BlockId);
        Assert.Equal("search word", payload.Value);
        Assert.Equal("view-id", payload.View?.CallbackId);
    }

    [Fact]
    public void A_global_shortcut_has_no_channel_nor_response_url()
    {
        var payload = Parse<ShortcutPayload>("shortcut_global.json");

        Assert.Equal("shortcut", payload.Type);
        Assert.Equal("test-shortcut", payload.CallbackId);
        Assert.Equal("W111", payload.User.Id);
        Assert.Equal("111.111.xxxxxx", payload.TriggerId);
        Assert.Null(payload.Channel);
        Assert.Null(payload.ResponseUrl);
    }
}
