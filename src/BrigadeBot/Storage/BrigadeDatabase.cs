using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using LiteDB;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Storage;

/// <summary>
/// The process's one LiteDB database (direct mode), opened behind an exclusive lock file. Every write goes through
/// <see cref="WriteAsync{T}"/>, one at a time, atomic, in batches that commit together; reads use
/// <see cref="ReadAsync{T}"/> from any thread. Nothing here blocks a thread while it waits for another.
/// </summary>
public sealed class BrigadeDatabase : IDisposable
{
    // fr-CA so lists sort the way members expect (« école » beside « Ecole »), but CompareOptions.None: equality stays
    // case- and accent-sensitive, so Slack ids and slugs never collide in an index. A feature wanting a forgiving
    // match stores a normalised key. The collation is written into the file when it is created; LiteDB refuses to open
    // a file with another one, and Rebuild() without RebuildOptions.Collation resets it to invariant/IgnoreCase.
    internal static readonly Collation FileCollation = new("fr-CA/None");

    private readonly LiteDatabase db;
    private readonly DatabaseLockFile lockFile;
    // A batch's callers all wait for its last write and its checkpoint, and the batch holds the gate from readers. With a
    // large bound, a steady stream keeps one batch growing: under 16 connections its first booking waited for every
    // booking that arrived behind it, and the writer then sat idle while those 16 answers went out and the next 16 came
    // in. Eight still share one checkpoint and keep two batches' callers alternating.
    internal const int MaxBatch = 8;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Channel<PendingWrite> queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;
    private readonly ILogger logger;
    private int changeThread; // managed thread id of the change running inside the gate, 0 when none
    private ILiteDatabase? running; // what the running change sees; its reads go through it too

    // What the writer remembers of past writes for WriterMemo, numbered in the order they ran. Writer thread only.
    private long writeNumber;
    private long lastFailed;
    private long lastTouchedAll;
    private readonly Dictionary<string, long> lastTouched = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock closing = new();
    private bool disposed;

    private readonly StorageMetrics? metrics;
    private readonly IWriteFault? fault;

    public BrigadeDatabase(IOptions<StorageOptions> options, ILogger<BrigadeDatabase> logger, StorageMetrics? metrics = null,
        IWriteFault? fault = null)
    {
        this.logger = logger;
        this.metrics = metrics;
        this.fault = fault;
        Path = options.Value.FullPath;
        PrivateFiles.CreateFolder(System.IO.Path.GetDirectoryName(Path)!);
        PrivateFiles.Prepare(Path + ".lock");
        lockFile = DatabaseLockFile.Acquire(Path); // before LiteDB touches the file or replays its log
        try
        {
            DatabaseCheck.ThrowIfDamaged(Path, options.Value.BackupFolder);
            PrivateFiles.Prepare(Path, LogPath);
            db = new LiteDatabase(
                new ConnectionString { Filename = Path, Connection = ConnectionType.Direct, Collation = FileCollation },
                BrigadeBsonMapper.Create());
            if (!db.UtcDate)
                db.UtcDate = true; // a pragma kept in the file: dates read back as UTC, whatever the host's zone
            // Its own thread, not one of the pool's: a batch blocks for its changes and its fsync, and on two cores the
            // pool has two threads, one of which then sat waiting for the disk while requests queued for the other.
            writer = Task.Factory.StartNew(
                WriteLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>The absolute path of the database file.</summary>
    public string Path { get; }

    /// <summary>LiteDB's write-ahead log beside it: <c>brigade.db</c> → <c>brigade-log.db</c>.</summary>
    public string LogPath => LogPathOf(Path);

    internal static string LogPathOf(string databasePath) => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(databasePath)!,
        System.IO.Path.GetFileNameWithoutExtension(databasePath) + "-log" + System.IO.Path.GetExtension(databasePath));

    /// <summary>
    /// Runs <paramref name="change"/> alone on the writer, inside a transaction: committed if it returns, rolled back if
    /// it throws, so a read-modify-write (last place of a slot, a vote toggle) is atomic. When the task completes the
    /// change is on disk (see <see cref="MakeDurable"/>). The change is synchronous (a LiteDB transaction is bound to
    /// its thread); it must not call <see cref="WriteAsync{T}"/> (refused) nor catch LiteDB's exceptions (LiteDB has
    /// already rolled the transaction back when it throws one; the write is then refused). The transaction may hold
    /// the other changes of its batch; when one of them fails, this change runs again in a transaction of its own, so
    /// it must not change anything outside the database but what its next run would set again (its result included).
    /// </summary>
    public Task<T> WriteAsync<T>(Func<ILiteDatabase, T> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Enqueue(change, exclusive: false, ct);
    }

    /// <inheritdoc cref="WriteAsync{T}"/>
    public Task WriteAsync(Action<ILiteDatabase> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        return WriteAsync(db => { change(db); return true; }, ct);
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the writer, alone, after a checkpoint: every write confirmed before it is in the
    /// data file, the log is empty and nothing writes until the action returns, so the file can be copied as it is
    /// (an online backup). No transaction is open; a failed checkpoint fails the action instead of running it.
    /// </summary>
    public Task<T> RunExclusiveAfterCheckpointAsync<T>(Func<ILiteDatabase, T> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Enqueue(db =>
        {
            db.Checkpoint();
            return action(db);
        }, exclusive: true, ct);
    }

    /// <summary>
    /// Runs a query against the last committed state. Materialise results inside (<c>ToList()</c>): a lazy LiteDB
    /// cursor would read later, outside its snapshot, and an abandoned one blocks the writer's checkpoint.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<ILiteDatabase, T> query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        T result;
        if (Volatile.Read(ref changeThread) == Environment.CurrentManagedThreadId)
        {
            result = query(running ?? db); // a read inside a change sees the change's own writes
        }
        else
        {
            // Reads take the writer's gate too: LiteDB 5.0.21 corrupted its state ("page type must be collection
            // page") when readers ran beside a commit and its checkpoint in our stress test. Reads are short; the wait
            // is asynchronous, so a burst of requests waiting here holds no thread.
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                result = query(db);
            }
            finally
            {
                gate.Release();
            }
        }
        if (result is IEnumerable and not ICollection and not string && !IsMaterialised(result.GetType()))
            throw new InvalidOperationException($"A read returned a lazy {result.GetType().Name}: materialise it inside the query (ToList()).");
        return result;
    }

    private Task<T> Enqueue<T>(Func<ILiteDatabase, T> work, bool exclusive, CancellationToken ct)
    {
        if (Volatile.Read(ref changeThread) == Environment.CurrentManagedThreadId)
            throw new InvalidOperationException("WriteAsync was called from inside a change: the writer is not reentrant. Do both writes in one change.");
        if (ct.IsCancellationRequested)
            return Task.FromCanceled<T>(ct);
        var write = new PendingWrite<T>(work, exclusive, ct);
        if (!queue.Writer.TryWrite(write))
            throw new ObjectDisposedException(nameof(BrigadeDatabase), "The database is closed.");
        return write.Task;
    }

    /// <summary>
    /// The one writer (group commit, as database engines do): it takes the writes waiting in the queue, up to
    /// <see cref="MaxBatch"/>, runs them one after the other in one shared transaction, commits it and checkpoints once
    /// for the batch, and only then tells their callers. A burst of bookings shares one commit and one fsync instead of
    /// paying one each, and no caller hears « confirmé » before its write is on disk. A change that fails takes the
    /// shared transaction down with it: it alone fails, and the changes that ran before it in the batch run again, each
    /// in its own transaction (<see cref="RunAgainAlone"/>).
    /// </summary>
    private void WriteLoop()
    {
        var batch = new List<PendingWrite>();
        var shared = new List<(PendingWrite Write, TimeSpan Ran)>(); // run in the batch's transaction, not yet committed
        while (WaitForWrites())
        {
            gate.Wait();
            try
            {
                Volatile.Write(ref changeThread, Environment.CurrentManagedThreadId);
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var write))
                {
                    if (!write.TryTake()) continue;
                    batch.Add(write);
                    if (write.Exclusive)
                    {
                        CommitShared(shared);
                        RunTracked(write); // an exclusive action checkpoints first on its own
                    }
                    else
                    {
                        RunShared(write, shared);
                    }
                }
                CommitShared(shared);
                metrics?.Batched(batch.Count);
                if (batch.Any(write => write.Committed)) MakeDurable();
            }
            finally
            {
                Volatile.Write(ref changeThread, 0);
                gate.Release();
            }
            foreach (var write in batch) write.Complete();
            batch.Clear();
        }
    }

    /// <summary>Blocks the writer's own thread until a write is queued; false once the queue is closed and empty.</summary>
    private bool WaitForWrites()
    {
        var waiting = queue.Reader.WaitToReadAsync();
        return waiting.IsCompletedSuccessfully ? waiting.Result : waiting.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Runs one piece of work as write number <c>writeNumber + 1</c>, noting what it touched for the memos.</summary>
    private TimeSpan RunTracked(PendingWrite write)
    {
        var started = Stopwatch.GetTimestamp();
        var touches = new TouchRecordingDatabase(db);
        writeNumber++;
        running = touches;
        try
        {
            write.Run(touches);
        }
        finally
        {
            running = null;
        }
        Remember(write, touches);
        return Stopwatch.GetElapsedTime(started);
    }

    private void RunShared(PendingWrite write, List<(PendingWrite Write, TimeSpan Ran)> shared)
    {
        if (shared.Count == 0 && !BeginTransaction(write))
            return;
        var ran = RunTracked(write);
        var failure = write.Committed ? StillOpen() ?? FaultBeforeCommit() : null;
        if (write.Committed && failure is null)
        {
            shared.Add((write, ran));
            return;
        }
        if (failure is not null) write.Failed(failure);
        // LiteDB has rolled the shared transaction back if the change threw one of its own exceptions; otherwise we do.
        RollBack();
        metrics?.Written(ran, committed: false);
        RunAgainAlone(shared);
    }

    /// <summary>
    /// The changes of a shared transaction that was rolled back, run again one by one, each in its own transaction: the
    /// failure of one change never costs another its write. Their first run left nothing in the database.
    /// </summary>
    private void RunAgainAlone(List<(PendingWrite Write, TimeSpan Ran)> shared)
    {
        foreach (var (write, _) in shared) RunAlone(write);
        shared.Clear();
    }

    private void RunAlone(PendingWrite write)
    {
        if (!BeginTransaction(write))
            return;
        var ran = RunTracked(write);
        var failure = write.Committed ? FaultBeforeCommit() ?? CommitTransaction() : null;
        if (failure is not null) write.Failed(failure);
        if (!write.Committed) RollBack();
        metrics?.Written(ran, write.Committed);
    }

    private void CommitShared(List<(PendingWrite Write, TimeSpan Ran)> shared)
    {
        if (shared.Count == 0)
            return;
        var started = Stopwatch.GetTimestamp();
        var failure = FaultBeforeCommit() ?? CommitTransaction();
        if (failure is not null)
        {
            logger.LogWarning(failure, "The commit of {Count} changes together failed for {Path}; each runs again alone.", shared.Count, Path);
            RollBack();
            RunAgainAlone(shared);
            return;
        }
        var share = Stopwatch.GetElapsedTime(started) / shared.Count;
        foreach (var (_, ran) in shared) metrics?.Written(ran + share, committed: true);
        shared.Clear();
    }

    private bool BeginTransaction(PendingWrite write)
    {
        if (db.BeginTrans())
            return true;
        RollBack(); // whoever left it open did not mean it to hold this change
        write.Failed(new InvalidOperationException("A LiteDB transaction is already open on this thread."));
        metrics?.Written(TimeSpan.Zero, committed: false);
        return false;
    }

    /// <summary>
    /// Rolls back the open transaction, if any, and makes every <see cref="WriterMemo{TKey,TValue}"/> forget what the
    /// writes so far left in it: some of them may be undone.
    /// </summary>
    private void RollBack()
    {
        TryRollback();
        lastFailed = writeNumber;
    }

    /// <summary>
    /// Null when the transaction the change ran in is still open. LiteDB rolls its transaction back when one of its
    /// operations throws; a change that caught that exception returned as if nothing happened, so BeginTrans then
    /// opens a new transaction instead of joining the running one.
    /// </summary>
    private Exception? StillOpen()
    {
        try
        {
            return db.BeginTrans() ? CaughtError() : null;
        }
        catch (LiteException ex) // a cursor the change left open
        {
            return ex;
        }
    }

    private static InvalidOperationException CaughtError() => new(
        "LiteDB rolled this change back after an error the change caught; nothing after that error is atomic. Let LiteDB exceptions propagate.");

    private Exception? FaultBeforeCommit()
    {
        try
        {
            fault?.BeforeCommit();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private Exception? CommitTransaction()
    {
        try
        {
            return db.Commit() ? null : CaughtError();
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private void Remember(PendingWrite write, TouchRecordingDatabase touches)
    {
        if (write.Exclusive || touches.TouchedAll) lastTouchedAll = writeNumber;
        foreach (var name in touches.Collections) lastTouched[name] = writeNumber;
    }

    /// <summary>The number of the running write, for <see cref="WriterMemo{TKey,TValue}"/>; only inside a change.</summary>
    internal long RunningWrite => Volatile.Read(ref changeThread) == Environment.CurrentManagedThreadId
        ? writeNumber
        : throw new InvalidOperationException("Only a change, on the writer, can use what the writer remembers.");

    /// <summary>
    /// Whether write <paramref name="number"/> committed and every write since has left <paramref name="collections"/>
    /// alone: none opened one of them, none failed, none did more than open collections. Only inside a change.
    /// </summary>
    internal bool UnchangedSince(long number, IReadOnlyCollection<string> collections) =>
        RunningWrite > number && number > lastFailed && number > lastTouchedAll
        && collections.All(c => lastTouched.GetValueOrDefault(c) <= number);

    private void TryRollback()
    {
        try
        {
            db.Rollback(); // false when LiteDB already rolled back on its own error
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Rollback failed for {Path}.", Path); // the change's own exception matters more
        }
    }

    /// <summary>
    /// Measured on LiteDB 5.0.21, direct mode: <c>Commit</c> writes the transaction's pages to <c>&lt;name&gt;-log.db</c>
    /// with plain write() calls before it returns, and never fsyncs. So a <c>kill -9</c> right after a commit loses
    /// nothing (the kernel holds the pages; the next open replays the confirmed log), but a power cut or kernel crash
    /// could lose the last commits. <c>Checkpoint</c> copies the log into the data file, fsyncs it, and only then
    /// truncates the log: after it, a confirmation given to a member survives a power cut too. Cost measured here:
    /// 0.12 ms per commit without, 0.27 ms with (it also empties LiteDB's page cache; our data is small), which is
    /// why the writer checkpoints once per batch rather than once per commit.
    /// </summary>
    private void MakeDurable()
    {
        try
        {
            db.Checkpoint();
        }
        catch (Exception ex)
        {
            // The commit stands (it is in the log and survives a process crash); only the fsync is missing.
            logger.LogWarning(ex, "Checkpoint after a commit failed for {Path}; the write is committed but not yet fsynced.", Path);
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = StoredTypes.KeptWhole)]
    private static bool IsMaterialised(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(ICollection<>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>)));

    /// <summary>Lets the writer finish what was queued, closes LiteDB (final checkpoint) and releases the lock file.</summary>
    public void Dispose()
    {
        // A second caller (the host's container, then a test or a restart) waits until the first has closed the file.
        lock (closing)
        {
            if (disposed)
                return;
            queue.Writer.TryComplete();
            // Shutdown only: the writer runs on its own thread, so waiting for it here cannot deadlock.
            if (!writer.Wait(TimeSpan.FromSeconds(30)))
                logger.LogWarning("The writer of {Path} did not finish within 30 s; closing anyway.", Path);
            var entered = gate.Wait(TimeSpan.FromSeconds(30));
            try
            {
                db.Dispose();
            }
            finally
            {
                lockFile.Dispose();
                if (entered)
                    gate.Release();
                disposed = true;
            }
        }
    }
}
