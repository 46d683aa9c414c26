using LiteDB;

namespace BrigadeBot.Tests.Storage;

public sealed class BrigadeBsonMapperTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    public sealed class Session
    {
        public int Id { get; set; }
        public DateOnly Date { get; set; }
        public TimeOnly Start { get; set; }
        public DateTimeOffset BookedAt { get; set; }
        public DateTime CreatedAt { get; set; }
        public string Note { get; set; } = "";
        public string? Comment { get; set; }
    }

    [Fact]
    public async Task Dates_times_and_text_come_back_as_written_after_a_reopen()
    {
        var written = new Session
        {
            Id = 1,
            Date = new DateOnly(2026, 11, 1),
            Start = new TimeOnly(9, 30, 15, 500),
            BookedAt = new DateTimeOffset(2026, 10, 20, 14, 5, 0, TimeSpan.FromHours(-4)),
            CreatedAt = new DateTime(2026, 10, 20, 18, 5, 0, DateTimeKind.Utc),
            Note = "  deux espaces avant et après  ",
            Comment = "",
        };
        using (var database = TestDatabase.Open(temp.DatabasePath))
            await database.WriteAsync(db => db.GetCollection<Session>("sessions").Insert(written), default);

        using var reopened = TestDatabase.Open(temp.DatabasePath);
        var read = await reopened.ReadAsync(db => db.GetCollection<Session>("sessions").FindById(1));
        Assert.Equal(written.Date, read.Date);
        Assert.Equal(written.Start, read.Start);
        Assert.Equal(written.BookedAt, read.BookedAt); // same instant
        Assert.Equal(written.CreatedAt, read.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, read.CreatedAt.Kind);
        Assert.Equal(written.Note, read.Note);
        Assert.Equal("", read.Comment);

        var raw = await reopened.ReadAsync(db => db.GetCollection("sessions").FindById(1));
        Assert.Equal("2026-11-01", raw["Date"].AsString);
        Assert.Equal("09:30:15.5", raw["Start"].AsString);
    }

    [Fact]
    public async Task Dates_stored_as_text_sort_chronologically_in_a_query()
    {
        using var database = TestDatabase.Open(temp.DatabasePath);
        await database.WriteAsync(db =>
        {
            var sessions = db.GetCollection<Session>("sessions");
            sessions.EnsureIndex(s => s.Date);
            sessions.Insert(new Session { Id = 1, Date = new DateOnly(2026, 12, 1), Start = new TimeOnly(9, 0) });
            sessions.Insert(new Session { Id = 2, Date = new DateOnly(2026, 2, 10), Start = new TimeOnly(14, 0) });
            sessions.Insert(new Session { Id = 3, Date = new DateOnly(2026, 10, 5), Start = new TimeOnly(10, 0) });
        }, default);

        var from = new DateOnly(2026, 3, 1);
        var ids = await database.ReadAsync(db => db.GetCollection<Session>("sessions").Query()
            .Where(s => s.Date >= from).OrderBy(s => s.Date).Select(s => s.Id).ToList());
        Assert.Equal([3, 1], ids);
    }
}
