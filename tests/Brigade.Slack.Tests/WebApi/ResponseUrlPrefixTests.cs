using Brigade.Slack.Tests.Support;

namespace Brigade.Slack.Tests.WebApi;

/// <summary>Several allowed response_url prefixes, and URLs that carry credentials.</summary>
public sealed class ResponseUrlPrefixTests
{
    [Theory]
    [InlineData("https://hooks.slack.com/commands/T1/1/x", true)]
    [InlineData("https://hooks.slack-gov.com/commands/T1/1/x", true)]
    [InlineData("https://hooks.example.org/commands/T1/1/x", false)]
    public async Task A_url_under_any_one_of_the_prefixes_is_followed(string url, bool allowed)
    {
        await using var configured = await SlackApiHarness.StartAsync(c =>
        {
            c["Slack:ResponseUrlPrefixes:0"] = "https://hooks.slack.com/";
            c["Slack:ResponseUrlPrefixes:1"] = "https://hooks.slack-gov.com/";
        });

        Assert.Equal(allowed, configured.Messenger.IsAllowedResponseUrl(url));
    }

    [Theory]
    [InlineData("https://user:secret@hooks.slack.com/commands/T1/1/x")]
    [InlineData("https://user@hooks.slack.com/commands/T1/1/x")]
    public async Task A_url_with_user_info_is_refused_even_on_the_allowed_host(string url)
    {
        await using var configured = await SlackApiHarness.StartAsync(c => c["Slack:ResponseUrlPrefixes:0"] = "https://hooks.slack.com/");

        Assert.False(configured.Messenger.IsAllowedResponseUrl(url));
    }

    [Theory]
    [InlineData("https://hooks.slack.com/commands", "https://hooks.slack.com/commands", true)]
    [InlineData("https://hooks.slack.com/commands", "https://hooks.slack.com/command", false)]
    [InlineData("https://hooks.slack.com/commands/", "https://hooks.slack.com/commands", false)]
    public async Task A_prefix_without_a_trailing_slash_admits_its_own_path(string prefix, string url, bool allowed)
    {
        await using var configured = await SlackApiHarness.StartAsync(c => c["Slack:ResponseUrlPrefixes:0"] = prefix);

        Assert.Equal(allowed, configured.Messenger.IsAllowedResponseUrl(url));
    }
}
