using Brigade.Slack.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BrigadeBot.Features.Help;

public static class HelpSetup
{
    /// <summary>The help answers <c>/brigade</c>, <c>/brigade aide</c> and unknown sub-commands.</summary>
    public static SlackAppBuilder AddHelp(this SlackAppBuilder slack)
    {
        slack.Services.TryAddSingleton<HelpBlocks>();
        return slack.Command<HelpCommand>(HelpIds.Aide, HelpTexts.HelpLine)
             .FallbackCommand<HelpCommand>();
    }
}
