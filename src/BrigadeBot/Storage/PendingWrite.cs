using LiteDB;

namespace BrigadeBot.Storage;

/// <summary>
/// One piece of work queued for <see cref="BrigadeDatabase"/>'s writer: run on the writer's thread, its caller told
/// only after the checkpoint of its batch. A cancellation counts until the writer takes the work, never after.
/// </summary>
internal abstract class PendingWrite
{
    private const int Queued = 0, Taken = 1, Cancelled = 2;
    private int state;
    private CancellationTokenRegistration registration;

    protected PendingWrite(bool exclusive) => Exclusive = exclusive;

    /// <summary>An action run outside any transaction, after the writer checkpointed everything committed before it.</summary>
    public bool Exclusive { get; }

    /// <summary>A change that <see cref="Run"/> committed: the batch's checkpoint must follow before the caller hears of it.</summary>
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

    /// <summary>Hands the outcome to the caller.</summary>
    public abstract void Complete();

    /// <summary>Fails the caller without running.</summary>
    public abstract void Fail(Exception error);
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

    public override void Fail(Exception error) => done.TrySetException(error);

    protected override void SetCanceled() => done.TrySetCanceled();
}
