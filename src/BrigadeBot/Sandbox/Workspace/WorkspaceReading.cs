namespace BrigadeBot.Sandbox.Workspace;

/// <summary>What one person sees, read under the workspace's lock (render it inside, keep nothing mutable).</summary>
public readonly record struct WorkspaceReading(
    long Version,
    IReadOnlyList<SandboxMessage> Messages,
    SandboxView? Modal,
    int ModalDepth,
    SandboxView? Home);

