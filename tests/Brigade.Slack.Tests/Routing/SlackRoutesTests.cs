using Brigade.Slack.Routing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Tests.Routing;

/// <summary>Route registration: accent-insensitive sub-commands, and duplicates refused at startup.</summary>
public sealed class SlackRoutesTests
{
    private readonly SlackRoutes routes = new();
    private SlackAppBuilder Builder() => new(new ServiceCollection(), routes);

    [Fact]
    public void A_sub_command_registered_with_accents_is_found_by_its_normal_form()
    {
        Builder().Command<ReserverCommand>("Réserver", "help");

        Assert.Equal(typeof(ReserverCommand), routes.FindCommand("reserver")?.Handler);
        Assert.Equal("Réserver", routes.Commands.Single().Name);
    }

    [Fact]
    public void Two_spellings_of_one_sub_command_are_a_duplicate() =>
        Assert.Throws<InvalidOperationException>(() => Builder().Command<ReserverCommand>("réserver", "h").Command<HelpCommand>("RESERVER", "h"));

    [Theory]
    [InlineData("")]
    [InlineData("deux mots")]
    public void A_sub_command_name_is_one_word(string name) =>
        Assert.Throws<InvalidOperationException>(() => Builder().Command<ReserverCommand>(name, "h"));

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Builder().Action<CancelAction>("a").Action<VoteAction>("a"));
        Assert.Throws<InvalidOperationException>(() => Builder().View<ClosingView>("v").View<ErrorsView>("v"));
        Assert.Throws<InvalidOperationException>(() => Builder().FallbackCommand<HelpCommand>().FallbackCommand<ReserverCommand>());
        Assert.Throws<InvalidOperationException>(() => Builder().Event<RecordingEvent>("team_join").Event<RecordingEvent>("team_join"));
    }

    [Fact]
    public void Overlapping_action_prefixes_are_refused() =>
        Assert.Throws<InvalidOperationException>(() => Builder().ActionPrefix<VoteAction>("vote:").ActionPrefix<CancelAction>("vote:up:"));

    [Fact]
    public void An_exact_action_id_wins_over_a_prefix()
    {
        Builder().ActionPrefix<VoteAction>("booking.").Action<CancelAction>("booking.cancel");

        Assert.Equal(typeof(CancelAction), routes.FindAction("booking.cancel"));
        Assert.Equal(typeof(VoteAction), routes.FindAction("booking.move"));
        Assert.Null(routes.FindAction("other"));
    }

    [Fact]
    public void Several_handlers_may_take_one_event_type()
    {
        Builder().Event<RecordingEvent>("team_join").Event<ClosedEventHandler>("team_join");

        Assert.Equal([typeof(RecordingEvent), typeof(ClosedEventHandler)], routes.FindEvents("team_join"));
    }

    private sealed class ClosedEventHandler : ISlackEventHandler
    {
        public Task HandleAsync(Brigade.Slack.Payloads.EventCallback envelope, CancellationToken ct) => Task.CompletedTask;
    }
}
