using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common;
using BrigadeBot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

/// <summary>Meetings stored before edits, cancellation and attendance existed open as they were.</summary>
public sealed class EarlierMeetingsTests
{
    [Fact]
    public async Task A_meeting_of_the_previous_shape_is_listed_joined_and_counted()
    {
        var folder = TestFolders.Create("brigade-test-");
        using (var database = TestDatabase.Open(Path.Combine(folder, "brigade.db")))
            await database.WriteAsync(db =>
            {
                db.GetCollection(ProposalStore.Collection).Insert(new BsonDocument
                {
                    ["_id"] = 1, ["Problem"] = "Comment vendre nos billets sans commission ?", ["AuthorId"] = "U0AUTHOR",
                    ["ShowAuthor"] = false, ["CreatedAtUtc"] = new DateTime(2026, 11, 1, 15, 0, 0, DateTimeKind.Utc),
                    ["Status"] = "Selected", ["VoterIds"] = new BsonArray(), ["MeetingId"] = 1,
                });
                db.GetCollection(MeetingStore.Collection).Insert(new BsonDocument
                {
                    ["_id"] = 1, ["ProposalId"] = 1, ["StartsAtUtc"] = CodevMeetings.StartsAtUtc.UtcDateTime, ["DurationMinutes"] = 90,
                    ["Place"] = MeetingTexts.DefaultPlace, ["Capacity"] = 8, ["RegisteredIds"] = new BsonArray { "U0EARLY" },
                    ["CreatedBy"] = BrigadeHost.Animator, ["CreatedAtUtc"] = new DateTime(2026, 11, 20, 15, 0, 0, DateTimeKind.Utc),
                    ["Status"] = "Scheduled",
                });
            }, default);

        await using var host = await BrigadeHost.StartAsync(dataFolder: folder);
        var view = (await (await host.CommandAsync("codev", userId: "U0NEWCOMER")).ReadObjectAsync()).Readable();
        Assert.Contains("Comment vendre nos billets", view);
        Assert.Contains(FrenchTypography.Apply("Places restantes : 7 sur 8"), view);

        var meeting = (await host.Services.GetRequiredService<MeetingStore>().FindAsync(1))!;
        Assert.Equal((0, 0), (meeting.Sequence, meeting.AttendedIds.Count));
        await host.RegisterAsync(meeting, "U0NEWCOMER");
        await host.IdleAsync();
        Assert.Equal(["U0EARLY", "U0NEWCOMER"], (await host.Services.GetRequiredService<MeetingStore>().FindAsync(1))!.RegisteredIds);
        Assert.Single(host.Slack.CallsTo("(upload)"));
    }
}
