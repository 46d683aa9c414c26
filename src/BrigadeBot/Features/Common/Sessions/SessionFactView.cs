namespace BrigadeBot.Features.Common.Sessions;

/// <summary>
/// One participant's presence at one held session, without the member's id: a random <paramref name="Participant"/>
/// pseudonym, the day in the Brigade zone, and the category only if the member consented to count it.
/// </summary>
public sealed record SessionFactView(string Participant, string ThemeSlug, DateOnly Day, bool Group, string Category);
