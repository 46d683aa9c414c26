using System.Globalization;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>Members' App Home: the open codevelopment topics, most voted first, each with its « 👍 Voter ».</summary>
public sealed class OpenTopicsSection(ProposalStore proposals) : IHomeSection
{
    private const int MaxTopics = 8;

    public HomeAudience Audience => HomeAudience.Members;
    public int Order => 5;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct)
    {
        var blocks = new List<Block> { new HeaderBlock(CodevHomeTexts.Topics) };
        var open = await proposals.OpenRankedAsync(ct);
        if (open.Count == 0) blocks.Add(SectionBlock.Markdown(CodevHomeTexts.NoTopics));
        else blocks.Add(ContextBlock.Markdown(MemberMeetingTexts.VoteVisibility));
        foreach (var proposal in open.Take(MaxTopics))
            blocks.Add(SectionBlock.Markdown(CodevHomeTexts.TopicLine(proposal.Id, proposal.Votes, MemberText.ForMrkdwn(proposal.Problem, 400)),
                new Button(CodevIds.HomeVote, CodevHomeTexts.VoteButton, proposal.Id.ToString(CultureInfo.InvariantCulture),
                    accessibilityLabel: CodevTexts.VoteLabel(proposal.Id)),
                blockId: CodevIds.HomeTopicBlock(proposal.Id)));
        if (open.Count > MaxTopics) blocks.Add(ContextBlock.Markdown(CodevHomeTexts.MoreTopics(open.Count - MaxTopics)));
        return blocks;
    }
}
