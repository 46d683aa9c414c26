namespace BrigadeBot.Features.Common;

/// <summary>Whose App Home a section belongs on: members', or animators' dashboard.</summary>
public enum HomeAudience { Members, Animators }
