using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>Animators' App Home, after the sessions: the open codevelopment topics with their vote counts.</summary>
public sealed class TopicCountsSection(ProposalStore proposals) : IHomeSection
{
    private const int MaxTopics = 10;

    public HomeAudience Audience => HomeAudience.Animators;
    public int Order => 5;
    public bool Divided => false;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct)
    {
        var blocks = new List<Block> { new HeaderBlock(CodevHomeTexts.TopicsWithCounts) };
        var open = await proposals.OpenRankedAsync(ct);
        var lines = open.Take(MaxTopics).Select(p => CodevHomeTexts.TopicCount(p.Id, p.Votes, MemberText.ForMrkdwn(p.Problem, 150)));
        blocks.Add(SectionBlock.Markdown(open.Count == 0 ? CodevHomeTexts.NoTopics
            : MemberText.Cut(string.Join('\n', lines), 2900)));
        if (open.Count > MaxTopics) blocks.Add(ContextBlock.Markdown(CodevHomeTexts.MoreTopics(open.Count - MaxTopics)));
        return blocks;
    }
}
