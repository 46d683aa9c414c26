using System.Globalization;
using LiteDB;

namespace BrigadeBot.Storage;

/// <summary>
/// A query the writer runs at every change of a kind, parsed once. LiteDB turns a LINQ predicate into text and parses
/// that text at every call: in a burst of bookings that was a tenth of the writer's time. The parameters (<c>@0</c>,
/// <c>@1</c>…) live in the one parsed expression, so only a change, on the writer, may run it. It is parsed at its first
/// run, not when its store is built at start.
/// </summary>
public sealed class WriterQuery(BrigadeDatabase database, string predicate)
{
    private readonly Lazy<BsonExpression> parsed = new(() => BsonExpression.Create(predicate));

    /// <summary>The predicate as LiteDB parsed it (what an index is matched against).</summary>
    public string Source => parsed.Value.Source;

    /// <summary>The documents of <paramref name="collection"/> matching the predicate with these parameters, read now.</summary>
    public List<T> Find<T>(ILiteCollection<T> collection, params BsonValue[] parameters)
    {
        _ = database.RunningWrite; // throws outside a change: two threads would share the parameters
        var expression = parsed.Value;
        for (var i = 0; i < parameters.Length; i++) expression.Parameters[i.ToString(CultureInfo.InvariantCulture)] = parameters[i];
        return collection.Find(expression).ToList();
    }
}
