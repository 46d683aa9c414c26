namespace BrigadeBot.Features.Common.Privacy;

/// <summary>One persisted field: what it holds and why, and whether the member's export carries it.</summary>
public sealed record PersonalDataField(string Name, string Content, bool Exported = false);
