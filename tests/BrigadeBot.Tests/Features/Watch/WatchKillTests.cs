using Brigade.Slack.Testing;
using BrigadeBot.Features.Watch;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Tests.Features.Watch;

/// <summary>The no-duplicate rule with a real process killed (SIGKILL) right after Slack accepted the post.</summary>
public sealed class WatchKillTests
{
    [Fact]
    public async Task Killed_right_after_Slack_accepted_the_post_the_bot_does_not_post_it_again_and_asks_its_author()
    {
        var folder = TestFolders.Create("brigade-kill-");
        var databasePath = Path.Combine(folder, "brigade.db");
        var itemId = await SeedDueItemAsync(databasePath);

        await using var slack = await FakeSlackServer.StartAsync();
        var accepted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slack.Handle("chat.postMessage", call =>
        {
            // Slack has the message; its answer is held until the process is dead, so the bot never learns of it.
            if (call.Arg("channel") == "C0WATCH" && accepted.TrySetResult()) killed.Task.Wait(TimeSpan.FromSeconds(30));
            return null;
        });
        var environment = new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = databasePath,
            ["Slack__BotToken"] = FakeSlackServer.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Brigade__Animators__0"] = BrigadeHost.Animator,
            ["Brigade__Channels__Watch"] = "C0WATCH",
        };

        await using (var bot = BotProcess.Start(environment))
        {
            await accepted.Task.WaitAsync(TimeSpan.FromSeconds(60));
            bot.Kill();
            await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        killed.SetResult();

        await using (var again = BotProcess.Start(environment))
        {
            await again.WaitStartedAsync();
            var notice = Assert.Single(await slack.WaitForPostsAsync("D0ANIMATOR", 1));
            Assert.Contains("Je ne sais pas si Slack l'a reçue", notice.AllText);
            Assert.Single(slack.PostsTo("C0WATCH"));
            Assert.Contains(again.Output, line => line.Contains("was being published when the bot stopped"));
        }

        using var database = Open(databasePath);
        Assert.Equal(WatchState.Uncertain, (await new WatchStore(database).GetAsync(itemId))!.State);
        Assert.Single(slack.PostsTo("C0WATCH"));
    }

    private static async Task<int> SeedDueItemAsync(string databasePath)
    {
        using var database = Open(databasePath);
        var item = await new WatchStore(database).CreateAsync(new WatchItem
        {
            Title = "Guide de la découvrabilité",
            Url = "https://example.org/decouvrabilite",
            Summary = "Des métadonnées pour être trouvé.",
            ChannelId = "C0WATCH",
            AuthorId = BrigadeHost.Animator,
            PublishAtUtc = DateTime.UtcNow.AddMinutes(-1),
            CreatedAtUtc = DateTime.UtcNow.AddDays(-1),
        }, default);
        return item.Id;
    }

    private static BrigadeDatabase Open(string path) =>
        new(Options.Create(new StorageOptions { DatabasePath = path }), NullLogger<BrigadeDatabase>.Instance);
}
