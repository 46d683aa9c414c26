using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Features.Booking;

/// <summary>Everything the recap PDF prints, as plain text: the session, the recap, and the theme's sheet if it has one.</summary>
public sealed record RecapDocument(string Theme, string When, string Animator, string Seen, string? NextSteps,
    IReadOnlyList<RecapResource> Resources, ThemeSheet? Sheet);
