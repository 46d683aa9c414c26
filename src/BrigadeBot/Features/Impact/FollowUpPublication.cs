namespace BrigadeBot.Features.Impact;

/// <summary>Whether the author of a testimonial lets the Brigade publish it, and how it is signed.</summary>
public enum FollowUpPublication { NotPublished, Anonymous, FirstName }
