using Brigade.Slack.Routing;
using Brigade.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Tests.Routing;

/// <summary>Each handler is registered once, as a scoped service, however many routes it takes.</summary>
public sealed class SlackAppBuilderRegistrationTests
{
    private readonly ServiceCollection services = new();
    private readonly SlackRoutes routes = new();

    [Fact]
    public void Every_kind_of_route_registers_its_handler_as_scoped()
    {
        var builder = new SlackAppBuilder(services, routes);

        var returned = builder.Command<ReserverCommand>("réserver", "h").FallbackCommand<HelpCommand>()
            .Action<CancelAction>("a").ActionPrefix<VoteAction>("v:").View<ClosingView>("v").ViewClosed<ClosedView>("v")
            .Options<SuggestionOptions>("o").Shortcut<RecordingShortcut>("s").Event<RecordingEvent>("team_join");

        Assert.Same(builder, returned);
        Assert.Same(services, builder.Services);
        Assert.Equal(
            [typeof(ReserverCommand), typeof(HelpCommand), typeof(CancelAction), typeof(VoteAction), typeof(ClosingView),
             typeof(ClosedView), typeof(SuggestionOptions), typeof(RecordingShortcut), typeof(RecordingEvent)],
            services.Select(d => d.ServiceType));
        Assert.All(services, d => Assert.Equal(ServiceLifetime.Scoped, d.Lifetime));
        Assert.Equal(typeof(HelpCommand), routes.FallbackCommand);
    }

    [Fact]
    public void A_handler_taking_several_routes_is_registered_once()
    {
        new SlackAppBuilder(services, routes).Event<RecordingEvent>("team_join").Event<RecordingEvent>("app_home_opened")
            .Action<CancelAction>("a").Action<CancelAction>("b");

        Assert.Equal([typeof(RecordingEvent), typeof(CancelAction)], services.Select(d => d.ServiceType));
    }
}
