using System.Text;

namespace BrigadeBot.Storage;

/// <summary>
/// <c>&lt;database&gt;.lock</c>, held open with <see cref="FileShare.None"/> for the life of the process. On Linux LiteDB
/// does not stop a second process from opening its file, and two writers corrupt it; this lock does.
/// </summary>
internal sealed class DatabaseLockFile : IDisposable
{
    // .NET turns FileShare.None into an exclusive flock(): it fails for another process, and for a second open in
    // this one, until the holder closes the file. The kernel drops it when the process dies, even on kill -9.
    private readonly FileStream stream;

    private DatabaseLockFile(FileStream stream) => this.stream = stream;

    public static DatabaseLockFile Acquire(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            throw new DatabaseLockedException(databasePath, lockPath, ex);
        }

        // For an operator wondering who holds it: `cat brigade.db.lock` reads without taking the lock.
        stream.SetLength(0);
        stream.Write(Encoding.ASCII.GetBytes($"{Environment.ProcessId}\n"));
        stream.Flush();
        return new DatabaseLockFile(stream);
    }

    // The lock is taken: EWOULDBLOCK from flock() (11 on Linux, 35 on macOS), a sharing or lock violation on Windows.
    // Anything else (read-only disk, missing folder) is not another instance and keeps its own message.
    private static bool IsHeldElsewhere(IOException ex) =>
        ex.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    // The file is left in place: deleting it on release would let two later processes each lock a different file.
    public void Dispose() => stream.Dispose();
}
