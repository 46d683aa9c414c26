namespace BrigadeBot.Sandbox.Workspace;

/// <summary>A file shared in a conversation (files.completeUploadExternal).</summary>
public sealed record SandboxFile(string Id, string Name, string Title, byte[] Content);
