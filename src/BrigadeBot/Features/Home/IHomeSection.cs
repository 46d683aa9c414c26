using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Home;

public enum HomeAudience { Members, Animators }

/// <summary>
/// A part of the App Home another feature owns (latest or pending watch items, the sheet search). The Home shows the
/// sections registered; a feature not there yet simply has none.
/// </summary>
public interface IHomeSection
{
    HomeAudience Audience { get; }

    /// <summary>Its position among the sections (lower first).</summary>
    int Order { get; }

    /// <summary>The blocks for <paramref name="userId"/>, at most <paramref name="maxBlocks"/>; unique block ids.</summary>
    Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct);
}
