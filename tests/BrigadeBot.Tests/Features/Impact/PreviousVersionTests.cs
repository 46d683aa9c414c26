using BrigadeBot.Features.Common;
using BrigadeBot.Features.Impact;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Impact;

public sealed class PreviousVersionTests
{
    [Fact]
    public async Task A_database_of_the_previous_version_keeps_its_facts_and_reports_them_by_the_new_theme_groups()
    {
        var folder = TestFolders.Create("brigade-test-");
        // What the version before report groups and the follow-up survey stored: anonymous facts, no follow-up collections.
        using (var old = new LiteDatabase(new ConnectionString
               { Filename = Path.Combine(folder, "brigade.db"), Connection = ConnectionType.Direct, Collation = new Collation("fr-CA/None") }))
        {
            var facts = old.GetCollection("session_stats");
            foreach (var (theme, group) in new[] { ("cybersecurite", false), ("cybersecurite", false), ("cybersecurite", false),
                         ("loi-25", false), ("loi-25", false), ("wikimedia", true) })
                facts.Insert(new BsonDocument
                {
                    ["_id"] = ObjectId.NewObjectId(), ["ThemeSlug"] = theme, ["Day"] = "2026-05-04", ["Group"] = group,
                    ["Category"] = "artiste", ["Participant"] = "p-" + Guid.NewGuid().ToString("N"),
                });
        }

        await using var host = await BrigadeHost.StartAsync(dataFolder: folder);
        var summary = await host.CommandTextAsync("bilan", BrigadeHost.Animator);

        Assert.Contains(FrenchTypography.Apply("• Cybersécurité et Loi 25 : 5\\n"), summary);
        Assert.Contains(FrenchTypography.Apply("• Écosystème Wikimédia : 1 (0 individu + 1 en groupe)"), summary);
        Assert.Contains(FrenchTypography.Apply("• Concertation numérique : 0"), summary);
        var names = await host.Services.GetRequiredService<BrigadeDatabase>().ReadAsync(db => db.GetCollectionNames().ToList());
        Assert.Contains(FollowUpStore.Invitations, names);
        Assert.Contains(CommunityStore.Collection, names);
        Assert.Equal(6, await host.Services.GetRequiredService<BrigadeDatabase>().ReadAsync(db => db.GetCollection("session_stats").Count()));
    }
}
