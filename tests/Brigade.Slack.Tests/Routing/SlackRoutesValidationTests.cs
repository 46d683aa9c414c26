using Brigade.Slack.Routing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Tests.Routing;

/// <summary>What a route id may be, what the routes list for diagnostics, and what is found for an unknown or absent id.</summary>
public sealed class SlackRoutesValidationTests
{
    private readonly SlackRoutes routes = new();
    private SlackAppBuilder Builder() => new(new ServiceCollection(), routes);

    [Fact]
    public void An_id_of_255_characters_is_accepted_and_one_of_256_or_none_refused()
    {
        var longest = new string('a', 255);
        Builder().Action<CancelAction>(longest).View<ClosingView>(longest).ViewClosed<ClosedView>(longest)
            .Options<SuggestionOptions>(longest).Shortcut<RecordingShortcut>(longest);

        Assert.Equal(typeof(CancelAction), routes.FindAction(longest));
        Assert.Equal(typeof(ClosingView), routes.FindViewSubmission(longest));
        Assert.Equal(typeof(ClosedView), routes.FindViewClosed(longest));
        Assert.Equal(typeof(SuggestionOptions), routes.FindSuggestion(longest));
        Assert.Equal(typeof(RecordingShortcut), routes.FindShortcut(longest));
        var error = Assert.Throws<InvalidOperationException>(() => Builder().Action<VoteAction>(longest + "a"));
        Assert.Equal($"'{longest}a' is not a valid action_id.", error.Message);
        Assert.Equal("'' is not a valid shortcut callback_id.",
            Assert.Throws<InvalidOperationException>(() => Builder().Shortcut<RecordingShortcut>("")).Message);
    }

    [Fact]
    public void A_duplicate_names_the_kind_of_id_and_the_id()
    {
        Builder().Options<SuggestionOptions>("es").ViewClosed<ClosedView>("v").Shortcut<RecordingShortcut>("s");

        Assert.Equal("The options action_id 'es' is registered twice.",
            Assert.Throws<InvalidOperationException>(() => Builder().Options<SuggestionOptions>("es")).Message);
        Assert.Equal("The view_closed callback_id 'v' is registered twice.",
            Assert.Throws<InvalidOperationException>(() => Builder().ViewClosed<ClosedView>("v")).Message);
        Assert.Equal("The shortcut callback_id 's' is registered twice.",
            Assert.Throws<InvalidOperationException>(() => Builder().Shortcut<RecordingShortcut>("s")).Message);
        Assert.Equal("The view callback_id 's' is registered twice.",
            Assert.Throws<InvalidOperationException>(() => Builder().View<ClosingView>("s").View<ErrorsView>("s")).Message);
    }

    [Fact]
    public void An_empty_action_prefix_is_refused() =>
        Assert.Equal("An action prefix cannot be empty.",
            Assert.Throws<InvalidOperationException>(() => Builder().ActionPrefix<VoteAction>("")).Message);

    [Fact]
    public void A_prefix_that_a_registered_one_starts_with_overlaps_it() =>
        Assert.Equal("The action prefix 'vote:' overlaps another one.",
            Assert.Throws<InvalidOperationException>(() => Builder().ActionPrefix<VoteAction>("vote:up:").ActionPrefix<CancelAction>("vote:")).Message);

    [Fact]
    public void A_second_fallback_or_an_event_handler_registered_twice_is_refused_with_a_reason()
    {
        Assert.Equal("Only one fallback command can be registered.",
            Assert.Throws<InvalidOperationException>(() => Builder().FallbackCommand<HelpCommand>().FallbackCommand<ReserverCommand>()).Message);
        Assert.Equal("RecordingEvent is registered twice for 'team_join'.",
            Assert.Throws<InvalidOperationException>(() => Builder().Event<RecordingEvent>("team_join").Event<RecordingEvent>("team_join")).Message);
    }

    [Fact]
    public void Prefixes_that_do_not_overlap_each_take_their_own_ids()
    {
        Builder().ActionPrefix<VoteAction>("vote:").ActionPrefix<CancelAction>("cancel:");

        Assert.Equal(typeof(VoteAction), routes.FindAction("vote:3"));
        Assert.Equal(typeof(CancelAction), routes.FindAction("cancel:3"));
        Assert.Null(routes.FindAction("x-vote:3"));
    }

    [Fact]
    public void A_sub_command_with_a_space_inside_or_around_is_refused_with_its_name()
    {
        Assert.Equal("'deux mots' is not a valid sub-command name.",
            Assert.Throws<InvalidOperationException>(() => Builder().Command<ReserverCommand>("deux mots", "h")).Message);
        Assert.Throws<InvalidOperationException>(() => Builder().Command<ReserverCommand>("tab\tbed", "h"));
        Assert.Equal("The sub-command 'RÉSERVER' is registered twice.",
            Assert.Throws<InvalidOperationException>(() => Builder().Command<ReserverCommand>("réserver", "h").Command<HelpCommand>("RÉSERVER", "h")).Message);
    }

    [Fact]
    public void The_routes_list_every_registered_id_for_diagnostics()
    {
        Builder().Command<ReserverCommand>("réserver", "Réserver", "animateurs").Command<HelpCommand>("aide", "Aide")
            .Action<CancelAction>("cancel").ActionPrefix<VoteAction>("vote:")
            .View<ClosingView>("v1").ViewClosed<ClosedView>("v2").Options<SuggestionOptions>("es")
            .Event<RecordingEvent>("team_join").Event<RecordingEvent>("app_home_opened");

        Assert.Equal(["réserver", "aide"], routes.Commands.Select(c => c.Name));
        Assert.Equal(new CommandRoute("réserver", "Réserver", typeof(ReserverCommand), "animateurs"), routes.Commands[0]);
        Assert.Equal(["cancel", "vote:"], routes.ActionIds);
        Assert.Equal(["v1"], routes.ViewCallbackIds);
        Assert.Equal(["es"], routes.SuggestionActionIds);
        Assert.Equal(["team_join", "app_home_opened"], routes.EventTypes);
        Assert.Null(routes.FallbackCommand);
    }

    [Fact]
    public void Nothing_is_found_for_an_absent_or_unknown_id()
    {
        Builder().View<ClosingView>("v").ViewClosed<ClosedView>("v").Event<RecordingEvent>("team_join");

        Assert.Null(routes.FindViewSubmission(null));
        Assert.Null(routes.FindViewClosed(null));
        Assert.Null(routes.FindViewSubmission("w"));
        Assert.Null(routes.FindViewClosed("w"));
        Assert.Null(routes.FindSuggestion("es"));
        Assert.Null(routes.FindShortcut("s"));
        Assert.Null(routes.FindCommand("aide"));
        Assert.Empty(routes.FindEvents("app_home_opened"));
    }
}
