using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Welcome;

public static class WelcomeSetup
{
    public static SlackAppBuilder AddWelcome(this SlackAppBuilder slack)
    {
        slack.Event<WelcomeOnTeamJoin>("team_join");
        slack.Services.AddStore<WelcomeStore>().AddPersonalData<WelcomeStore>(WelcomeStore.Inventory);
        return slack;
    }
}
