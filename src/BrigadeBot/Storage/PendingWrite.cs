using LiteDB;

namespace BrigadeBot.Storage;

/// <summary>
/// One piece of work queued for <see cref="BrigadeDatabase"/>'s writer: run on the writer's thread, its caller told
/// only after the checkpoint of its batch. A cancellation counts until the writer takes the work, never after. A change
/// may run more than once (see <see cref="BrigadeDatabase.WriteAsync{T}"/>); its caller gets the last run's outcome.
/// </summary>
internal abstract class PendingWrite
{
    private const int Queued = 0, Taken = 1, Cancelled = 2;
    private int state;
    private CancellationTokenRegistration registration;

    protected PendingWrite(bool exclusive) => Exclusive = exclusive;

    /// <summary>An action run outside any transaction, after the writer checkpointed everything committed before it.</summary>
    public bool Exclusive { get; }

    /// <summary>
    /// A change whose last run succeeded and was not failed since: once the batch is done, committed, and the batch's
    /// checkpoint must follow before the caller hears of it.
    /// </summary>
    public abstract bool Committed { get; }

    protected void WatchCancellation(CancellationToken ct)
    {
        if (ct.CanBeCanceled) registration = ct.UnsafeRegister(static self => ((PendingWrite)self!).Cancel(), this);
    }

    /// <summary>The writer takes the work; false when the caller cancelled first (then it must not run).</summary>
    public bool TryTake()
    {
        registration.Dispose();
        return Interlocked.CompareExchange(ref state, Taken, Queued) == Queued;
    }

    private void Cancel()
    {
        if (Interlocked.CompareExchange(ref state, Cancelled, Queued) == Queued) SetCanceled();
    }

    protected abstract void SetCanceled();

    /// <summary>Runs on the writer's thread while it holds the gate; keeps the outcome for <see cref="Complete"/>.</summary>
    public abstract void Run(ILiteDatabase db);

    /// <summary>Fails the write after all: its transaction was refused, or rolled back after its run succeeded.</summary>
    public abstract void Failed(Exception error);

    /// <summary>Hands the outcome to the caller.</summary>
    public abstract void Complete();
}

internal sealed class PendingWrite<T> : PendingWrite
{
    private readonly Func<ILiteDatabase, T> work;
    private readonly TaskCompletionSource<T> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? result;
    private Exception? error;
    private bool ran;

    public PendingWrite(Func<ILiteDatabase, T> work, bool exclusive, CancellationToken ct) : base(exclusive)
    {
        this.work = work;
        WatchCancellation(ct);
    }

    public Task<T> Task => done.Task;

    public override bool Committed => ran && error is null && !Exclusive;

    public override void Run(ILiteDatabase db)
    {
        ran = true;
        error = null;
        try
        {
            result = work(db);
        }
        catch (Exception ex)
        {
            error = ex;
        }
    }

    public override void Complete()
    {
        if (error is null) done.TrySetResult(result!);
        else done.TrySetException(error);
    }

    public override void Failed(Exception error) => this.error = error;

    protected override void SetCanceled() => done.TrySetCanceled();
}
