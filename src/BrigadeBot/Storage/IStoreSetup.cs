using LiteDB;

namespace BrigadeBot.Storage;

/// <summary>
/// A store (one per aggregate) declares its collections and indexes here. <see cref="StorageStartup"/> runs every
/// registered setup once at startup, inside a write, before the first request: never lazily. Register a store with
/// <see cref="StorageServiceCollectionExtensions.AddStore{TStore}"/>.
/// </summary>
public interface IStoreSetup
{
    /// <summary>Creates the store's collections and indexes; must be idempotent (it runs at every start).</summary>
    void EnsureIndexes(ILiteDatabase db);
}
