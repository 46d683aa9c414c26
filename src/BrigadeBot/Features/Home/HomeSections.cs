using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Home;

/// <summary>Lays out the features' sections for one audience, in order, within a block budget.</summary>
public static class HomeSections
{
    public static async Task AddAsync(List<Block> blocks, IEnumerable<IHomeSection> sections, HomeAudience audience, string userId,
        int budget, CancellationToken ct)
    {
        foreach (var section in sections.Where(s => s.Audience == audience).OrderBy(s => s.Order))
        {
            var room = section.Divided ? budget - 1 : budget;
            if (room <= 0) return;
            var built = (await section.BuildAsync(userId, room, ct)).Take(room).ToList();
            if (built.Count == 0) continue;
            if (section.Divided) blocks.Add(new DividerBlock());
            blocks.AddRange(built);
            budget -= built.Count + (section.Divided ? 1 : 0);
        }
    }
}
