namespace BrigadeBot.Limits;

/// <summary>
/// A limit on how often one member may do something that creates or posts content: <see cref="Permits"/> times per
/// <see cref="Window"/>, counted from the first of them. <see cref="Name"/> is its key under <c>Brigade:Limits</c>.
/// </summary>
public sealed record MemberLimit(string Name, int Permits, TimeSpan Window);
