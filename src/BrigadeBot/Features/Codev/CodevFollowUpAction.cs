using Brigade.Slack;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Codev;

/// <summary>The follow-up DM's « Le codéveloppement »: how to propose a problem, then the coming meetings to join.</summary>
public sealed class CodevFollowUpAction(MemberMeetings view, SlackMessenger messenger, IOptions<SlackOptions> options) : IBlockActionHandler
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var intro = MemberMeetingTexts.FollowUpIntro(options.Value.Command);
        var blocks = new List<Block> { SectionBlock.Markdown(intro) };
        blocks.AddRange((await view.BuildAsync(payload.User.Id, onHome: false, ct)).Take(49));
        await messenger.ReplyToAsync(payload, new SlackMessage(intro, blocks), ct: ct);
    }
}
