using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Home;

/// <summary>An animator's App Home: the features' sections (today and this week, topics with counts, watch, the year's figures).</summary>
public sealed class AnimatorHome(IEnumerable<IHomeSection> sections)
{
    /// <summary>Room for the sections: sessions (6), topics (3), figures (4) and 25 for the others.</summary>
    private const int SectionBlocks = 38;

    public async Task<List<Block>> BuildAsync(string userId, CancellationToken ct)
    {
        var blocks = new List<Block> { new HeaderBlock(HomeTexts.AnimatorHeader) };
        await HomeSections.AddAsync(blocks, sections, HomeAudience.Animators, userId, SectionBlocks, ct);
        return blocks;
    }
}
