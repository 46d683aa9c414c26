namespace BrigadeBot.Storage;

/// <summary>What a restore did: which backup, into which file, what it holds, and where the replaced files went.</summary>
public sealed record RestoreResult(string Backup, string Database, IReadOnlyDictionary<string, int> Documents, IReadOnlyList<string> KeptAside);
