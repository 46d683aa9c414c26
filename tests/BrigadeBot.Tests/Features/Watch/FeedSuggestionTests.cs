using System.Text.Json.Nodes;
using BrigadeBot.Features.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class FeedSuggestionTests : FeedTests
{
    [Fact]
    public async Task Planifier_opens_the_modal_filled_in_from_the_entry_and_the_entry_is_planned_once()
    {
        feeds.Serve("/culture.rss", FeedServer.Rss("Culture numérique",
            ("Guide Wikidata", "https://example.org/wikidata", "<p>Un <b>guide</b> utile.</p>", Yesterday)));
        await using var host = await StartAsync("/culture.rss");
        await PollAsync(host);
        var entryId = EntryIdOf(Assert.Single(host.Slack.PostsTo("D0ANIMATOR")));

        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.PlanFeedEntry, entryId, ephemeral: false, channelId: "D0ANIMATOR"));
        await host.IdleAsync();

        var view = JsonNode.Parse(Assert.Single(host.Slack.CallsTo("views.open")).Arg("view")!)!;
        Assert.Equal($"feed:{entryId}", view["private_metadata"]?.ToString());
        var json = view.Readable();
        Assert.Contains("\"initial_value\":\"Guide Wikidata\"", json);
        Assert.Contains("\"initial_value\":\"https://example.org/wikidata\"", json);
        Assert.Contains("\"initial_value\":\"Un guide utile.\"", json);
        Assert.Contains("\"initial_date\":\"2026-12-01\"", json);

        var item = await host.ScheduleAsync(new WatchForm { Title = "Guide Wikidata" }, metadata: $"feed:{entryId}");
        Assert.Equal(entryId, item.FeedEntryId);
        var entry = (await host.Services.GetRequiredService<FeedEntryStore>().GetAsync(entryId))!;
        Assert.Equal(FeedEntryState.Planned, entry.State);
        Assert.Equal(item.Id, entry.WatchItemId);

        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.PlanFeedEntry, entryId, ephemeral: false, channelId: "D0ANIMATOR"));
        await host.IdleAsync();
        Assert.Single(host.Slack.CallsTo("views.open"));
        Assert.Contains("déjà planifiée par <@U0ANIMATOR>", host.Slack.CallsTo("(response_url)")[^1].AllText);
    }

    [Fact]
    public async Task Ignorer_replaces_the_suggestion_with_who_ignored_it()
    {
        feeds.Serve("/culture.rss", FeedServer.Rss("Culture numérique", ("Guide Wikidata", "https://example.org/wikidata", "", Yesterday)));
        await using var host = await StartAsync("/culture.rss");
        await PollAsync(host);
        var entryId = EntryIdOf(Assert.Single(host.Slack.PostsTo("D0ANIMATOR")));

        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.IgnoreFeedEntry, entryId, ephemeral: false, channelId: "D0ANIMATOR"));
        await host.IdleAsync();

        var reply = Assert.Single(host.Slack.CallsTo("(response_url)"));
        Assert.Equal("true", reply.Arguments["message"]!["replace_original"]!.ToString());
        Assert.Contains("suggestion ignorée par <@U0ANIMATOR>", reply.AllText);
        Assert.Equal(FeedEntryState.Ignored, (await host.Services.GetRequiredService<FeedEntryStore>().GetAsync(entryId))!.State);
    }

    [Fact]
    public async Task With_a_suggestions_channel_the_entries_go_there_instead_of_DMs()
    {
        feeds.Serve("/culture.rss", FeedServer.Rss("Culture numérique", ("Guide Wikidata", "https://example.org/wikidata", "", Yesterday)));
        await using var host = await StartWithAsync(new() { ["Brigade:Watch:SuggestionsChannel"] = "G0ANIMATION" }, "/culture.rss");

        await PollAsync(host);

        Assert.Single(host.Slack.PostsTo("G0ANIMATION"));
        Assert.Empty(host.Slack.CallsTo("conversations.open"));
    }
}
