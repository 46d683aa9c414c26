using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Home;

public static class HomeSetup
{
    /// <summary>The App Home: a member's or an animator's dashboard, published on opening and refreshed when data changes.</summary>
    public static SlackAppBuilder AddHome(this SlackAppBuilder slack)
    {
        slack.Event<AppHomeOpened>(HomeIds.AppHomeOpened);

        var services = slack.Services;
        services.AddSingleton<HomeRefresher>()
            .AddSingleton<IDataChangeListener>(sp => sp.GetRequiredService<HomeRefresher>())
            .AddSingleton<IAppHome>(sp => sp.GetRequiredService<HomeRefresher>());
        services.AddScoped<MemberHome>().AddScoped<AnimatorHome>().AddScoped<HomePublisher>();
        return slack;
    }
}
