using BrigadeBot.Storage;

namespace BrigadeBot.Tests.Support;

/// <summary>A storage fault for drills: once armed, every commit fails with an I/O error, as a full disk would make it.</summary>
public sealed class ArmedWriteFault : IWriteFault
{
    public volatile bool Armed;

    public void BeforeCommit()
    {
        if (Armed) throw new IOException("No space left on device (drill)");
    }
}
