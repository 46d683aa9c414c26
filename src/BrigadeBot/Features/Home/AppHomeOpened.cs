using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace BrigadeBot.Features.Home;

/// <summary><c>app_home_opened</c> on the Home tab: publishes the person's Home (the Messages tab needs nothing).</summary>
public sealed class AppHomeOpened(HomeRefresher refresher) : ISlackEventHandler
{
    public Task HandleAsync(EventCallback envelope, CancellationToken ct)
    {
        var opened = envelope.EventAs<AppHomeOpenedEvent>();
        if (opened.User.Length > 0 && opened.Tab is null or "home") refresher.PublishNow(opened.User);
        return Task.CompletedTask;
    }
}
