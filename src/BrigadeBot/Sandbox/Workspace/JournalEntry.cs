namespace BrigadeBot.Sandbox.Workspace;

/// <summary>One Web API call, for the « Journal des appels » of developers.</summary>
public sealed record JournalEntry(DateTimeOffset At, string Method, string Arguments);
