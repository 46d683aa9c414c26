using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Common;

/// <summary>
/// A part of the App Home a feature owns (coming sessions, open topics, latest watch items, the year's figures). The
/// Home lays out the sections registered for the person's audience, by <see cref="Order"/>; a feature not there
/// simply has none. Its buttons are the feature's own actions, which answer on the Home through <see cref="IAppHome"/>.
/// </summary>
public interface IHomeSection
{
    HomeAudience Audience { get; }

    /// <summary>Its position among the sections (lower first): sessions 0, topics 5, watch 10, sheets 20, figures 90.</summary>
    int Order { get; }

    /// <summary>Whether the Home draws a divider above it; the first parts of a Home follow its header directly.</summary>
    bool Divided => true;

    /// <summary>The blocks for <paramref name="userId"/>, at most <paramref name="maxBlocks"/>; unique block ids.</summary>
    Task<IReadOnlyList<Block>> BuildAsync(string userId, int maxBlocks, CancellationToken ct);
}
