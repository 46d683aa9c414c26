namespace BrigadeBot.Storage;

/// <summary>A verified backup: where, how big, and how many documents each collection holds.</summary>
public sealed record BackupResult(string Path, long Bytes, IReadOnlyDictionary<string, int> Documents);
