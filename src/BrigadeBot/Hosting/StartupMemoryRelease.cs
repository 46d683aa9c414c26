namespace BrigadeBot.Hosting;

/// <summary>
/// Once the start is done, one full compacting collection that hands the heap's free memory back to the system. The
/// start (stores set up, reminders rebuilt, sheets seeded) leaves garbage and committed heap behind that a quiet bot
/// would otherwise hold for hours; a native build held 27 MiB committed for an 8 MiB heap. Measured in
/// docs/operations.md, section Benchmark.
/// </summary>
public sealed class StartupMemoryRelease(IHostApplicationLifetime lifetime, ILogger<StartupMemoryRelease> log) : IHostedService
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the collection has run.</summary>
    public Task Released => released.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Off the start's own thread: the callback runs inside the host's start, which must not wait on a collection.
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(Release));
        return Task.CompletedTask;
    }

    private void Release()
    {
        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        log.LogDebug("Start-up garbage released: heap committed {Before} -> {After} KiB",
            before / 1024, GC.GetGCMemoryInfo().TotalCommittedBytes / 1024);
        released.TrySetResult();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
