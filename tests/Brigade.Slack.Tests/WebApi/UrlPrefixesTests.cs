using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>The URL comparison behind Slack:ResponseUrlPrefixes and Slack:UploadUrlPrefixes, on its own.</summary>
public sealed class UrlPrefixesTests
{
    [Theory]
    [InlineData("not a prefix")]
    [InlineData("")]
    [InlineData("/hooks/")]
    public void A_malformed_prefix_admits_nothing(string prefix) =>
        Assert.False(UrlPrefixes.Admit([prefix], "https://hooks.slack.com/commands/T1/1/x"));

    [Fact]
    public void A_malformed_prefix_beside_a_good_one_does_not_stop_it()
    {
        Assert.True(UrlPrefixes.Admit(["not a prefix", "https://hooks.slack.com/"], "https://hooks.slack.com/commands/T1/1/x"));
        Assert.False(UrlPrefixes.Admit(["not a prefix", "https://hooks.slack.com/"], "https://files.slack.com/commands/T1/1/x"));
    }

    [Fact]
    public void No_prefix_admits_nothing() =>
        Assert.False(UrlPrefixes.Admit([], "https://hooks.slack.com/commands/T1/1/x"));

    [Theory]
    [InlineData("https://hooks.slack.com/", "https://hooks.slack.com/", true)]
    [InlineData("https://hooks.slack.com/", "https://hooks.slack.com", true)]
    [InlineData("https://hooks.slack.com/", "https://hooks.example.com/", false)]
    [InlineData("https://hooks.slack.com/", "ftp://hooks.slack.com/", false)]
    [InlineData("https://hooks.slack.com:443/", "https://hooks.slack.com/x", true)]
    [InlineData("https://hooks.slack.com/", "https://hooks.slack.com:444/x", false)]
    [InlineData("http://127.0.0.1:5000/hooks/", "http://127.0.0.1:5000/hooks/x", true)]
    [InlineData("http://127.0.0.1:5000/hooks/", "http://127.0.0.2:5000/hooks/x", false)]
    [InlineData("http://127.0.0.1:5000/hooks/", "http://127.0.0.1:5000/hook/x", false)]
    [InlineData("https://hooks.slack.com/a/b", "https://hooks.slack.com/a/b/c", true)]
    [InlineData("https://hooks.slack.com/a/b", "https://hooks.slack.com/a/bc", false)]
    [InlineData("https://hooks.slack.com/a/b", "https://hooks.slack.com/a", false)]
    [InlineData("https://hooks.slack.com/a/b", "https://x@hooks.slack.com/a/b/c", false)]
    public void Admits_only_the_same_scheme_host_and_port_under_the_path(string prefix, string url, bool admitted) =>
        Assert.Equal(admitted, UrlPrefixes.Admit([prefix], url));
}
