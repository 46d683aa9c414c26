using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Home;

/// <summary>A member's App Home: the features' sections (sessions, topics, watch, sheets), then privacy.</summary>
public sealed class MemberHome(IEnumerable<IHomeSection> sections)
{
    /// <summary>Room for the sections: sessions (12), topics (11) and 30 for the others.</summary>
    private const int SectionBlocks = 53;

    public async Task<List<Block>> BuildAsync(string userId, CancellationToken ct)
    {
        var blocks = new List<Block>
        {
            new HeaderBlock(HomeTexts.MemberHeader),
            ContextBlock.Markdown(HomeTexts.MemberIntro),
        };
        await HomeSections.AddAsync(blocks, sections, HomeAudience.Members, userId, SectionBlocks, ct);
        blocks.Add(new DividerBlock());
        blocks.Add(new HeaderBlock(HomeTexts.Privacy));
        blocks.Add(SectionBlock.Markdown(HomeTexts.PrivacyText));
        return blocks;
    }
}
