using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Storage;

/// <summary>
/// A query parsed once finds what the LINQ predicate it replaces finds, with each call's own parameters, through the
/// same index; and only a change may run it, since its parameters are shared.
/// </summary>
public sealed class WriterQueryTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 5, 15, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder temp = new();
    private readonly BrigadeDatabase database;
    private readonly WriterQuery upcoming;

    public WriterQueryTests()
    {
        database = TestDatabase.Open(temp.DatabasePath);
        upcoming = new WriterQuery(database, "$.MemberId = @0 AND $.EndUtc > @1");
    }

    public void Dispose()
    {
        database.Dispose();
        temp.Dispose();
    }

    public sealed class Visit
    {
        public string Id { get; set; } = "";
        public string MemberId { get; set; } = "";
        public DateTime EndUtc { get; set; }
    }

    private static ILiteCollection<Visit> Visits(ILiteDatabase db) => db.GetCollection<Visit>("visits");

    private Task StoreAsync(params Visit[] visits) => database.WriteAsync(db =>
    {
        Visits(db).EnsureIndex(v => v.MemberId);
        Visits(db).InsertBulk(visits);
    }, default);

    private static Visit Stay(string id, string member, int hoursFromNow) =>
        new() { Id = id, MemberId = member, EndUtc = Now.AddHours(hoursFromNow) };

    [Fact]
    public async Task It_finds_what_the_linq_predicate_finds_with_each_calls_parameters()
    {
        await StoreAsync(Stay("a1", "A", 2), Stay("a2", "A", -2), Stay("a3", "A", 30), Stay("b1", "B", 5), Stay("c1", "C", -1));

        var found = await database.WriteAsync(db => new[] { "A", "B", "C", "D" }.Select(member => (
            Parsed: upcoming.Find(Visits(db), member, Now).Select(v => v.Id).Order().ToList(),
            Linq: Visits(db).Find(v => v.MemberId == member && v.EndUtc > Now).Select(v => v.Id).Order().ToList())).ToList(), default);

        Assert.Equal(["a1", "a3"], found[0].Parsed);
        Assert.Equal(["b1"], found[1].Parsed);
        Assert.Empty(found[2].Parsed);
        Assert.Empty(found[3].Parsed);
        Assert.All(found, f => Assert.Equal(f.Linq, f.Parsed));
    }

    [Fact]
    public async Task It_runs_through_the_index_the_linq_predicate_uses()
    {
        await StoreAsync(Stay("a1", "A", 2));

        var plans = await database.WriteAsync(db => (
            Parsed: Visits(db).Query().Where(BsonExpression.Create(upcoming.Source, "A", Now)).GetPlan()["index"]["expr"].AsString,
            Linq: Visits(db).Query().Where(v => v.MemberId == "A" && v.EndUtc > Now).GetPlan()["index"]["expr"].AsString), default);

        Assert.Equal("$.MemberId", plans.Parsed);
        Assert.Equal(plans.Linq, plans.Parsed);
    }

    [Fact]
    public async Task Outside_a_change_it_refuses_to_run()
    {
        await StoreAsync(Stay("a1", "A", 2));

        var refused = await database.ReadAsync(db => Record.Exception(() => upcoming.Find(Visits(db), "A", Now)));

        Assert.IsType<InvalidOperationException>(refused);
    }
}
