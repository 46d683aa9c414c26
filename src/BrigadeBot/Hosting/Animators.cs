using Microsoft.Extensions.Options;

namespace BrigadeBot.Hosting;

/// <summary>Who may run animator commands (<c>Brigade:Animators</c>).</summary>
public sealed class Animators(IOptionsMonitor<BrigadeOptions> options)
{
    public bool Contains(string userId) => options.CurrentValue.Animators.Contains(userId, StringComparer.Ordinal);

    public IReadOnlyList<string> All => options.CurrentValue.Animators;
}
