using System.Net;
using BrigadeBot.Features.Watch;

namespace BrigadeBot.Tests.Features.Watch;

/// <summary>Feed fetches never reach this machine or the local network, not even through a redirect.</summary>
public sealed class FeedAddressTests : FeedTests
{
    private static string Feed => FeedServer.Rss("Culture numérique", ("Guide Wikidata", "https://example.org/wikidata", "", Yesterday));

    [Fact]
    public async Task A_feed_that_redirects_to_127_0_0_1_is_refused_and_the_address_is_never_reached()
    {
        await using var inside = await FeedServer.StartAsync();
        inside.Serve("/latest/meta-data", Feed);
        feeds.Redirect("/culture.rss", inside.Url("/latest/meta-data"));
        await using var host = await StartAsync("/culture.rss");

        Assert.Equal(0, await PollAsync(host));

        Assert.True(feeds.Requested("/culture.rss").Task.IsCompleted);
        Assert.False(inside.Requested("/latest/meta-data").Task.IsCompleted);
        Assert.Contains(host.Logs.Lines, l => l.Message.StartsWith($"Feed {feeds.Url("/culture.rss")} skipped: 127.0.0.1 resolves to 127.0.0.1, not a public address"));
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Three_redirects_are_followed_and_a_fourth_is_refused()
    {
        feeds.Serve("/culture.rss", Feed);
        feeds.Redirect("/c", "/culture.rss", HttpStatusCode.PermanentRedirect);
        feeds.Redirect("/b", feeds.Url("/c"), HttpStatusCode.TemporaryRedirect);
        feeds.Redirect("/a", "/b", HttpStatusCode.MovedPermanently);
        feeds.Redirect("/too-far", "/a");
        await using var host = await StartAsync("/a", "/too-far");

        Assert.Equal(1, await PollAsync(host));

        Assert.Contains(host.Logs.Lines, l => l.Message == $"Feed {feeds.Url("/too-far")} skipped: More than 3 redirects.");
    }

    [Fact]
    public async Task With_the_bots_own_policy_a_feed_on_this_machine_is_not_even_requested()
    {
        feeds.Serve("/culture.rss", Feed);
        await using var host = await BrigadeHost.StartAsync(new Dictionary<string, string?> { ["Brigade:Watch:Feeds:0"] = feeds.Url("/culture.rss") });

        Assert.Equal(0, await PollAsync(host));

        Assert.False(feeds.Requested("/culture.rss").Task.IsCompleted);
        Assert.Contains(host.Logs.Lines, l => l.Message.Contains("not a public address: refused"));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    public void Internal_addresses_are_refused(string address) =>
        Assert.False(PublicAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(PublicAddressPolicy.IsPublic(IPAddress.Parse(address)));
}
