using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Hosting;

namespace BrigadeBot.Features.Home;

/// <summary>Builds the right App Home for a person (animator or member) and publishes it with <c>views.publish</c>.</summary>
public sealed class HomePublisher(Animators animators, MemberHome members, AnimatorHome animatorHome, ISlackApi slack,
    ILogger<HomePublisher> log)
{
    public const int MaxBlocks = 100;

    public async Task<HomeView> BuildAsync(string userId, string? notice, CancellationToken ct)
    {
        var blocks = animators.Contains(userId) ? await animatorHome.BuildAsync(userId, ct) : await members.BuildAsync(userId, ct);
        if (notice is not null) blocks.Insert(1, SectionBlock.Markdown(notice));
        if (blocks.Count > MaxBlocks) blocks = [.. blocks.Take(MaxBlocks - 1), ContextBlock.Markdown(HomeTexts.Truncated)];
        return new HomeView(blocks);
    }

    public async Task PublishAsync(string userId, string? notice, CancellationToken ct)
    {
        try
        {
            await slack.PublishHomeAsync(userId, await BuildAsync(userId, notice, ct), ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("App Home not published ({Error})", ex.Error);
        }
    }
}
