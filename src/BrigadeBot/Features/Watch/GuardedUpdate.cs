using LiteDB;

namespace BrigadeBot.Features.Watch;

/// <summary>A state change inside a write: applied only when the stored document allows it, else nothing is written.</summary>
internal static class GuardedUpdate
{
    public static T? Apply<T>(ILiteCollection<T> collection, BsonValue id, Func<T, bool> allowed, Action<T> change) where T : class
    {
        var document = collection.FindById(id);
        if (document is null || !allowed(document)) return null;
        change(document);
        collection.Update(document);
        return document;
    }
}
