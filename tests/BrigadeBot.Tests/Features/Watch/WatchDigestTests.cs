using BrigadeBot.Features.Watch;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Watch;

public sealed class WatchDigestTests
{
    private static readonly DateTimeOffset FridayAt16 = new(2026, 12, 4, 21, 0, 0, TimeSpan.Zero); // 16 h 00 in Toronto

    [Fact]
    public async Task On_Friday_at_16_the_digest_lists_the_week_s_items_with_their_links()
    {
        await using var host = await BrigadeHost.StartAsync();
        var runs = await JobRuns.AttachAsync(host);
        var first = await host.ScheduleAsync(new WatchForm { Title = "Wikidata & musées" });
        var second = await host.ScheduleAsync(new WatchForm { Title = "Sobriété numérique", Url = "https://example.org/sobriete", Theme = "sobriete-numerique",
            Date = "2026-12-02", Time = "10:00" });
        var cancelled = await host.ScheduleAsync(new WatchForm { Title = "Annulée", Date = "2026-12-03" });
        await host.InteractionAsync(WatchPayloads.Button(host, WatchIds.Cancel, cancelled.Id.ToString()));
        await host.IdleAsync();

        host.Clock.Advance(TimeSpan.FromDays(1));
        await runs.WaitAsync(WatchPostJob.KeyFor(first.Id));
        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        await runs.WaitAsync(WatchPostJob.KeyFor(second.Id));
        host.Clock.Advance(FridayAt16 - host.Clock.GetUtcNow());

        var digest = (await host.Slack.WaitForPostsAsync("C0WATCH", 3))[2];
        var text = digest.Arguments["blocks"]!.Readable();
        Assert.Equal("La veille de la semaine", digest.Arguments["blocks"]![0]!["text"]!["text"]!.ToString());
        Assert.Contains("Les 2 ressources partagées cette semaine", text);
        Assert.Contains("• <https://example.org/wikidata|Wikidata &amp; musées> _(Écosystème Wikimédia)_", text);
        Assert.Contains("• <https://example.org/sobriete|Sobriété numérique> _(Sobriété numérique)_", text);
        Assert.DoesNotContain("Annulée", text);
    }

    [Fact]
    public async Task An_empty_week_gets_no_digest()
    {
        await using var host = await BrigadeHost.StartAsync();
        var runs = await JobRuns.AttachAsync(host);

        host.Clock.Advance(FridayAt16 - host.Clock.GetUtcNow());
        await runs.WaitAsync(WatchDigestJob.Key);

        Assert.Empty(host.Slack.PostsTo("C0WATCH"));
        Assert.Contains(host.Logs.Lines, l => l.Message.Contains("no digest"));
    }

    [Fact]
    public async Task Last_week_s_items_are_not_in_this_week_s_digest_and_a_day_gets_one_digest()
    {
        await using var host = await BrigadeHost.StartAsync();
        var runs = await JobRuns.AttachAsync(host);
        var item = await host.ScheduleAsync();
        host.Clock.Advance(TimeSpan.FromDays(1));
        await runs.WaitAsync(WatchPostJob.KeyFor(item.Id));
        var digest = host.Services.GetRequiredService<WatchDigest>();

        host.Clock.Advance(FridayAt16 - host.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await digest.PostAsync(default);
        await digest.PostAsync(default);
        Assert.Equal(2, host.Slack.PostsTo("C0WATCH").Count);

        host.Clock.Advance(TimeSpan.FromDays(7));
        await digest.PostAsync(default);
        Assert.Equal(2, host.Slack.PostsTo("C0WATCH").Count);
    }

    [Fact]
    public async Task The_digest_follows_DigestCron_and_an_empty_value_turns_it_off()
    {
        await using (var host = await BrigadeHost.StartAsync(new() { ["Brigade:Watch:DigestCron"] = "0 30 8 ? * MON" }))
            Assert.Equal(new DateTimeOffset(2026, 12, 7, 13, 30, 0, TimeSpan.Zero),
                await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(WatchDigestJob.Key, default));

        await using (var host = await BrigadeHost.StartAsync(new() { ["Brigade:Watch:DigestCron"] = "" }))
            Assert.Null(await host.Services.GetRequiredService<IBrigadeScheduler>().NextFireTimeAsync(WatchDigestJob.Key, default));
    }

    [Fact]
    public void A_digest_of_many_long_items_stays_within_Slack_limits()
    {
        var items = Enumerable.Range(1, 300).Select(i => new WatchItem
        {
            Id = i, Title = new string('<', WatchDraft.TitleMax), Url = $"https://example.org/{i}?" + new string('&', 900),
        }).ToList();
        var themes = new BrigadeBot.Features.Common.ThemeCatalog(new StaticOptions());

        var message = WatchDigest.Build(items, themes);

        Assert.True(message.Blocks!.Count <= 50);
        Assert.Contains("autre(s)", message.Blocks.OfType<Brigade.Slack.BlockKit.ContextBlock>().First().Elements[0].Text);
    }

    private sealed class StaticOptions : Microsoft.Extensions.Options.IOptionsMonitor<BrigadeBot.Features.Common.CommunityOptions>
    {
        public BrigadeBot.Features.Common.CommunityOptions CurrentValue { get; } = new();
        public BrigadeBot.Features.Common.CommunityOptions Get(string? name) => CurrentValue;
        public IDisposable? OnChange(Action<BrigadeBot.Features.Common.CommunityOptions, string?> listener) => null;
    }
}
