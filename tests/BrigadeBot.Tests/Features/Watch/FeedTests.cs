using Brigade.Slack.Testing;
using BrigadeBot.Features.Watch;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BrigadeBot.Tests.Features.Watch;

/// <summary>Feed tests: a local feed server per test, and a bot reading the feeds it serves.</summary>
public abstract class FeedTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Yesterday = new(2026, 11, 29, 15, 0, 0, TimeSpan.Zero);
    protected FeedServer feeds = null!;

    public async Task InitializeAsync() => feeds = await FeedServer.StartAsync();
    public async Task DisposeAsync() => await feeds.DisposeAsync();

    protected Task<BrigadeHost> StartAsync(params string[] paths) => StartWithAsync(new Dictionary<string, string?>(), paths);

    protected Task<BrigadeHost> StartWithAsync(Dictionary<string, string?> settings, params string[] paths)
    {
        for (var i = 0; i < paths.Length; i++) settings[$"Brigade:Watch:Feeds:{i}"] = feeds.Url(paths[i]);
        return BrigadeHost.StartAsync(settings, services: s =>
            s.Replace(ServiceDescriptor.Singleton<IFeedAddressPolicy>(new FeedServerOnly(feeds.Port))));
    }

    /// <summary>The public-only policy, plus this test's feed server (on a loopback port), and nothing else.</summary>
    private sealed class FeedServerOnly(int port) : IFeedAddressPolicy
    {
        public bool Allows(IPAddress address, int connectPort) =>
            PublicAddressPolicy.IsPublic(address) || (IPAddress.IsLoopback(address) && connectPort == port);
    }

    protected static Task<int> PollAsync(BrigadeHost host) => host.Services.GetRequiredService<WatchFeedIngestion>().PollAsync(default);

    protected static string EntryIdOf(SlackCall offer) => offer.Arguments["blocks"]![1]!["elements"]![0]!["value"]!.ToString();
}
