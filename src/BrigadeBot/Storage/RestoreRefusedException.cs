namespace BrigadeBot.Storage;

/// <summary>The restore did not start (missing or unreadable backup); nothing was changed.</summary>
public sealed class RestoreRefusedException(string message) : Exception(message);
