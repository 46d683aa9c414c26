using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>Members' App Home: the coming codevelopment meetings with « M'inscrire » / « Me désinscrire », and their proposals.</summary>
public sealed class MemberMeetingsSection(MemberMeetings view) : IHomeSection
{
    public HomeAudience Audience => HomeAudience.Members;
    public int Order => 6;

    public async Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct) =>
        (await view.BuildAsync(userId, onHome: true, ct)).Take(maxBlocks).ToList();
}
