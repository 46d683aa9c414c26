namespace BrigadeBot.Storage;

/// <summary>
/// Values a store computed from some collections, kept by the writer from one change to the next so that a burst of
/// changes does not read them again each time. The memo is trusted only while no other write has touched those
/// collections: <see cref="Current"/> empties it when one did, when a write failed, or when a write did more than open
/// collections (see <see cref="TouchRecordingDatabase"/>). The change that uses it keeps its entries right for what it
/// changes itself. Writer only: inside a change, never in a read.
/// </summary>
public sealed class WriterMemo<TKey, TValue>(BrigadeDatabase database, params string[] collections) where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> values = new();
    private long writtenIn = -1; // the write that last used the memo

    /// <summary>The memo as it stands for the running change, emptied first if another write may have changed its sources.</summary>
    public IDictionary<TKey, TValue> Current()
    {
        var running = database.RunningWrite;
        if (writtenIn != running && !database.UnchangedSince(writtenIn, collections)) values.Clear();
        writtenIn = running;
        return values;
    }
}
