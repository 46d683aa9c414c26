namespace BrigadeBot.Storage;

/// <summary>
/// Opens the database (so a taken lock stops the start) and runs every <see cref="IStoreSetup"/>. Hosted services start
/// in registration order, and minimal hosting adds the web server's own hosted service last (WebApplicationBuilder
/// re-adds it in Build()), so this finishes before Kestrel listens; a test checks it.
/// </summary>
internal sealed class StorageStartup(BrigadeDatabase database, IEnumerable<IStoreSetup> setups, ILogger<StorageStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Queued together, the stores' setups run in batches of eight, each one transaction, commit and checkpoint.
        var all = setups.ToList();
        await Task.WhenAll(all.Select(setup => database.WriteAsync(setup.EnsureIndexes, cancellationToken)));
        logger.LogInformation("Storage ready: {Path}, {Count} stores set up.", database.Path, all.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
