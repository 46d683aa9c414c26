using LiteDB;
using LiteDB.Engine;

namespace BrigadeBot.Storage;

/// <summary>
/// The database as one change sees it: every call goes to LiteDB, and the writer learns which collections the change
/// opened (<see cref="Collections"/>), or that it did something else that may change anything (<see cref="TouchedAll"/>:
/// SQL, files, a drop, a rename, a rebuild, a pragma). Opening a collection counts as touching it, read or not: what
/// <see cref="WriterMemo{TKey,TValue}"/> needs is to never miss a change, not to spot every read.
/// </summary>
internal sealed class TouchRecordingDatabase(ILiteDatabase inner) : ILiteDatabase
{
    private readonly HashSet<string> collections = new(StringComparer.OrdinalIgnoreCase); // LiteDB's names ignore case

    public IReadOnlyCollection<string> Collections => collections;

    public bool TouchedAll { get; private set; }

    private ILiteCollection<T> Opened<T>(ILiteCollection<T> collection)
    {
        collections.Add(collection.Name);
        return collection;
    }

    private ILiteDatabase Unknown()
    {
        TouchedAll = true;
        return inner;
    }

    public BsonMapper Mapper => inner.Mapper;
    public ILiteStorage<string> FileStorage => Unknown().FileStorage;
    public ILiteCollection<T> GetCollection<T>(string name, BsonAutoId autoId = BsonAutoId.ObjectId) => Opened(inner.GetCollection<T>(name, autoId));
    public ILiteCollection<T> GetCollection<T>() => Opened(inner.GetCollection<T>());
    public ILiteCollection<T> GetCollection<T>(BsonAutoId autoId) => Opened(inner.GetCollection<T>(autoId));
    public ILiteCollection<BsonDocument> GetCollection(string name, BsonAutoId autoId = BsonAutoId.ObjectId) => Opened(inner.GetCollection(name, autoId));
    public bool BeginTrans() => inner.BeginTrans();
    public bool Commit() => inner.Commit();
    public bool Rollback() => inner.Rollback();
    public ILiteStorage<TFileId> GetStorage<TFileId>(string filesCollection = "_files", string chunksCollection = "_chunks") =>
        Unknown().GetStorage<TFileId>(filesCollection, chunksCollection);
    public IEnumerable<string> GetCollectionNames() => inner.GetCollectionNames();
    public bool CollectionExists(string name) => inner.CollectionExists(name);
    public bool DropCollection(string name) => Unknown().DropCollection(name);
    public bool RenameCollection(string oldName, string newName) => Unknown().RenameCollection(oldName, newName);
    public IBsonDataReader Execute(TextReader commandReader, BsonDocument? parameters = null) => Unknown().Execute(commandReader, parameters);
    public IBsonDataReader Execute(string command, BsonDocument? parameters = null) => Unknown().Execute(command, parameters);
    public IBsonDataReader Execute(string command, params BsonValue[] args) => Unknown().Execute(command, args);
    public void Checkpoint() => inner.Checkpoint();
    public long Rebuild(RebuildOptions? options = null) => Unknown().Rebuild(options);
    public BsonValue Pragma(string name) => inner.Pragma(name);
    public BsonValue Pragma(string name, BsonValue value) => Unknown().Pragma(name, value);
    public int UserVersion { get => inner.UserVersion; set => Unknown().UserVersion = value; }
    public TimeSpan Timeout { get => inner.Timeout; set => Unknown().Timeout = value; }
    public bool UtcDate { get => inner.UtcDate; set => Unknown().UtcDate = value; }
    public long LimitSize { get => inner.LimitSize; set => Unknown().LimitSize = value; }
    public int CheckpointSize { get => inner.CheckpointSize; set => Unknown().CheckpointSize = value; }
    public Collation Collation => inner.Collation;

    public void Dispose() => throw new InvalidOperationException("A change must not close the database: the writer owns it.");
}
