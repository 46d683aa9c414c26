using Brigade.Slack;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Routing;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Help;

/// <summary>
/// The help's blocks and its reply, built once (the reply is then serialized once): the sub-commands and the
/// command's name do not change while the bot runs, and <c>/brigade aide</c> is the command answered most often.
/// </summary>
public sealed class HelpBlocks(SlackRoutes routes, IOptions<SlackOptions> slack)
{
    private IReadOnlyList<Block>? blocks;
    private CommandReply? reply;

    public IReadOnlyList<Block> All => blocks ??= Build();

    /// <summary>The whole help, as <c>/brigade aide</c> answers it.</summary>
    public CommandReply Reply => reply ??= CommandReply.Ephemeral(new SlackMessage(HelpTexts.Fallback, All));

    private IReadOnlyList<Block> Build()
    {
        var name = slack.Value.Command;
        return
        [
            new HeaderBlock(HelpTexts.Header),
            SectionBlock.Markdown(HelpTexts.Intro),
            SectionBlock.Markdown(string.Join('\n', routes.Commands.Select(c =>
                HelpTexts.Line(name, c.Name, c.HelpLine, c.Audience == Common.Animators.Audience)))),
            ContextBlock.Markdown(HelpTexts.Footer),
        ];
    }
}
