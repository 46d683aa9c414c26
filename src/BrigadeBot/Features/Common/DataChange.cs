namespace BrigadeBot.Features.Common;

/// <summary>
/// Who must see a change of stored data: everyone (what every Home shows), or the animators and the members concerned
/// (what only their own Home and the animators' show).
/// </summary>
public sealed record DataChange(bool Everyone, IReadOnlyList<string> Members)
{
    public static readonly DataChange ForEveryone = new(true, []);

    public static readonly DataChange ForAnimators = new(false, []);

    public static DataChange ForAnimatorsAnd(string memberId) => new(false, [memberId]);

    /// <summary>Whether <paramref name="userId"/> must see it, given whether they are an animator.</summary>
    public bool Concerns(string userId, bool isAnimator) => Everyone || isAnimator || Members.Contains(userId, StringComparer.Ordinal);
}
