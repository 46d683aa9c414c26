using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Common;

/// <summary>Who may run animator commands (<c>Brigade:Animators</c>).</summary>
public sealed class Animators(IOptionsMonitor<CommunityOptions> options)
{
    /// <summary>The help's audience of a sub-command only animators may run.</summary>
    public const string Audience = "animators";

    public bool Contains(string userId) => options.CurrentValue.Animators.Contains(userId, StringComparer.Ordinal);

    public IReadOnlyList<string> All => options.CurrentValue.Animators;
}
