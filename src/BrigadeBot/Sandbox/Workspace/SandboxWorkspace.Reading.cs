namespace BrigadeBot.Sandbox.Workspace;

public sealed partial class SandboxWorkspace
{
    /// <summary>Runs <paramref name="render"/> on what <paramref name="userId"/> sees, after delivering due scheduled messages.</summary>
    public T Read<T>(string userId, Func<WorkspaceReading, T> render)
    {
        lock (gate)
        {
            DeliverDue();
            var visible = messages.Where(m => m.IsSeenBy(userId)).ToArray();
            var depth = modals.TryGetValue(userId, out var stack) ? stack.Count : 0;
            return render(new WorkspaceReading(version, visible, TopModal(userId), depth, homes.GetValueOrDefault(userId)));
        }
    }
}
