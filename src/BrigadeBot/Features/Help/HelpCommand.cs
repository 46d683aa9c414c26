using Brigade.Slack;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Help;

/// <summary>
/// <c>/brigade</c>, <c>/brigade aide</c> and every unknown sub-command: the list of sub-commands that exist,
/// with the closest match suggested for a typo.
/// </summary>
public sealed class HelpCommand(SlackRoutes routes, IOptions<SlackOptions> slack, HelpBlocks help) : ISlashCommandHandler
{
    public Task<CommandReply?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var unknown = command.SubCommand.Length > 0 && command.SubCommand != HelpIds.Aide && routes.FindCommand(command.SubCommand) is null;
        if (!unknown) return Task.FromResult<CommandReply?>(help.Reply);

        var typed = command.Text.Trim().Split(' ', 2)[0];
        var suggestion = SubCommandText.Closest(typed, routes.Commands.Select(c => c.Name));
        List<Block> blocks = [SectionBlock.Markdown(HelpTexts.Unknown(slack.Value.Command, typed, suggestion)), .. help.All];
        return Task.FromResult<CommandReply?>(CommandReply.Ephemeral(new SlackMessage(HelpTexts.Fallback, blocks)));
    }
}
