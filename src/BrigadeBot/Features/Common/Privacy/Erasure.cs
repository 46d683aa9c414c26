namespace BrigadeBot.Features.Common.Privacy;

/// <summary>What an erasure is doing: who, the opaque tombstone that replaces them where a row must stay, and the
/// Slack work to run once the change is committed (tell an animator, delete a channel message).</summary>
public sealed class Erasure(string memberId, string tombstone, DateTime nowUtc)
{
    public string MemberId { get; } = memberId;
    public string Tombstone { get; } = tombstone;
    public DateTime NowUtc { get; } = nowUtc;
    public List<(string Name, Func<IServiceProvider, CancellationToken, Task> Work)> AfterCommit { get; } = [];
    /// <summary>What was removed, by kind (« bookings »…), for the member's confirmation and the log; no personal data.</summary>
    public RetentionCounts Removed { get; } = new();

    public void Then(string name, Func<IServiceProvider, CancellationToken, Task> work) => AfterCommit.Add((name, work));

    /// <summary>A fresh opaque id for a row that must keep counting but no longer point at anyone.</summary>
    public static string NewTombstone() => "tomb-" + Guid.NewGuid().ToString("N")[..16];
}
