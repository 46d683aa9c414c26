using BrigadeBot.Features.Privacy;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Watch;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Impact;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Privacy;

/// <summary>What animators authored (watch posts, feed decisions, sheets) in the export and at erasure.</summary>
public sealed class AuthoredDataTests
{
    private const string Author = BrigadeHost.Animator;

    private static async Task SeedAsync(BrigadeHost host)
    {
        var now = host.Clock.GetUtcNow().UtcDateTime;
        await host.Services.GetRequiredService<BrigadeDatabase>().WriteAsync(db =>
        {
            var items = db.GetCollection<WatchItem>(WatchStore.Collection);
            items.Insert(new WatchItem { Title = "Publiée", Url = "https://exemple.org/a", ChannelId = "C0WATCH", AuthorId = Author,
                State = WatchState.Published, PublishAtUtc = now.AddDays(-2), PublishedAtUtc = now.AddDays(-2), CreatedAtUtc = now.AddDays(-3) });
            items.Insert(new WatchItem { Title = "À venir", Url = "https://exemple.org/b", ChannelId = "C0WATCH", AuthorId = Author,
                State = WatchState.Scheduled, PublishAtUtc = now.AddDays(2), CreatedAtUtc = now });
            items.Insert(new WatchItem { Title = "D'une autre", Url = "https://exemple.org/c", ChannelId = "C0WATCH", AuthorId = "U0OTHER",
                State = WatchState.Scheduled, PublishAtUtc = now.AddDays(2), CreatedAtUtc = now });
            db.GetCollection<FeedEntry>(FeedEntryStore.Collection).Insert(new FeedEntry { Id = "e1", Title = "Nouvelle",
                Link = "https://exemple.org/n", State = FeedEntryState.Ignored, DecidedBy = Author, SeenAtUtc = now });
            var sheets = db.GetCollection<Sheet>(SheetStore.Collection);
            sheets.Insert(new Sheet { Id = 900, Title = "Ma fiche", ThemeSlug = "wikimedia", AuthorId = Author, CreatedAtUtc = now });
            sheets.Insert(new Sheet { Id = 901, Title = "Modifiée", ThemeSlug = "wikimedia", AuthorId = "U0OTHER", UpdatedBy = Author,
                UpdatedAtUtc = now, CreatedAtUtc = now });
        }, default);
    }

    [Fact]
    public async Task The_export_carries_what_the_animator_authored_and_nothing_of_others()
    {
        await using var host = await BrigadeHost.StartAsync();
        await SeedAsync(host);

        var export = (await host.Services.GetRequiredService<MemberData>().ExportAsync(Author)).Root;

        Assert.Equal(["Publiée", "À venir"], export["watch_items"]!.AsArray().Select(i => i!["title"]!.ToString()));
        Assert.Equal("ignored", export["watch_feed_decisions"]![0]!["decision"]!.ToString());
        var sheets = export["sheets"]!.AsArray();
        Assert.Equal([(900, true), (901, false)], sheets.Select(s => (s!["id"]!.GetValue<int>(), s["published"]!.GetValue<bool>())));
        Assert.DoesNotContain("D'une autre", export.ToJsonString());
    }

    [Fact]
    public async Task Erasure_cancels_coming_posts_and_leaves_no_id_of_the_person()
    {
        await using var host = await BrigadeHost.StartAsync();
        await SeedAsync(host);

        var removed = await host.Services.GetRequiredService<MemberData>().EraseAsync(Author, Author, default);
        await host.IdleAsync();

        var database = host.Services.GetRequiredService<BrigadeDatabase>();
        var items = await database.ReadAsync(db => db.GetCollection<WatchItem>(WatchStore.Collection).FindAll().ToList());
        Assert.Equal(WatchState.Published, items.Single(i => i.Title == "Publiée").State);
        Assert.Equal(WatchState.Cancelled, items.Single(i => i.Title == "À venir").State);
        Assert.Equal(WatchState.Scheduled, items.Single(i => i.Title == "D'une autre").State);
        Assert.StartsWith("tomb-", items.Single(i => i.Title == "Publiée").AuthorId);
        Assert.Equal(1, removed["watch-items-cancelled"]);
        var sheets = await database.ReadAsync(db => db.GetCollection<Sheet>(SheetStore.Collection).FindAll().ToList());
        Assert.Null(sheets.Single(s => s.Id == 900).AuthorId);
        Assert.StartsWith("tomb-", sheets.Single(s => s.Id == 901).UpdatedBy);
        Assert.Equal("U0OTHER", sheets.Single(s => s.Id == 901).AuthorId);
        var raw = await database.ReadAsync(db => string.Join("\n",
            new[] { WatchStore.Collection, FeedEntryStore.Collection, SheetStore.Collection }
                .SelectMany(c => db.GetCollection(c).FindAll().Select(d => d.ToString()))));
        Assert.DoesNotContain(Author, raw);
        // The sheet's card still renders (credited to the Brigade) from the refreshed index.
        Assert.Contains("par la Brigade", await host.CommandTextAsync("fiche Ma fiche", BrigadeHost.Member));
    }
}
