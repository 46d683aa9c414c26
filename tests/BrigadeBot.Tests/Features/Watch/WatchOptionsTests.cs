using BrigadeBot.Features.Watch;
using BrigadeBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchOptionsTests
{
    [Theory]
    [InlineData("MaxLateHours", "0", "Brigade:Watch:MaxLateHours")]
    [InlineData("DigestCron", "tous les vendredis", "Brigade:Watch:DigestCron")]
    [InlineData("Feeds:0", "ftp://example.org/flux.rss", "Brigade:Watch:Feeds:0")]
    [InlineData("FeedPollMinutes", "0", "Brigade:Watch:FeedPollMinutes")]
    [InlineData("SuggestionsChannel", "#animation", "Brigade:Watch:SuggestionsChannel")]
    public void A_malformed_watch_key_is_named(string key, string value, string named)
    {
        var result = new WatchOptionsValidator().Validate(null, Bind(new() { [$"Brigade:Watch:{key}"] = value }));

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage);
    }

    [Fact]
    public void The_shipped_configuration_is_valid_and_gives_the_documented_defaults()
    {
        var options = Bind([]);

        Assert.True(new WatchOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(12, options.MaxLateHours);
        Assert.Equal("0 0 16 ? * FRI", options.DigestCron);
        Assert.Empty(options.Feeds);
        Assert.Equal(60, options.FeedPollMinutes);
    }

    [Fact]
    public async Task The_process_refuses_to_start_with_a_malformed_digest_cron_and_names_the_key()
    {
        var folder = TestFolders.Create("brigade-watch-config-");
        await using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = Path.Combine(folder, "brigade.db"),
            ["Brigade__Watch__DigestCron"] = "tous les vendredis",
        });

        Assert.Equal(1, await bot.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains(bot.Output, line => line.Contains("BrigadeBot cannot start") && line.Contains("Brigade:Watch:DigestCron"));
    }

    private static WatchOptions Bind(Dictionary<string, string?> overrides)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(overrides)
            .Build();
        var options = new WatchOptions();
        configuration.GetSection(WatchOptions.Section).Bind(options);
        return options;
    }
}
