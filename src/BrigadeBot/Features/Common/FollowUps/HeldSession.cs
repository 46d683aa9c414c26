namespace BrigadeBot.Features.Common.FollowUps;

/// <summary>A session a member attended, as the follow-up DM describes it to the features that add to it.</summary>
public sealed record HeldSession(string Id, string MemberId, string AnimatorId, string ThemeSlug, DateTime StartUtc, DateTime EndUtc, bool Group);
