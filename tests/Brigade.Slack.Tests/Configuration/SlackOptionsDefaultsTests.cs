namespace Brigade.Slack.Tests.Configuration;

/// <summary>What an unset or blank Slack:* value means: no secret configured, Slack's own hosts for URLs.</summary>
public sealed class SlackOptionsDefaultsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_secret_or_token_is_not_configured(string? value)
    {
        var options = new SlackOptions { SigningSecret = value, BotToken = value, AppToken = value };

        Assert.False(options.IsSigningConfigured);
        Assert.False(options.IsBotTokenConfigured);
        Assert.False(options.IsSocketModeConfigured);
    }

    [Fact]
    public void A_set_secret_and_tokens_are_configured()
    {
        var options = new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1", AppToken = "xapp-1" };

        Assert.True(options.IsSigningConfigured);
        Assert.True(options.IsBotTokenConfigured);
        Assert.True(options.IsSocketModeConfigured);
    }

    [Fact]
    public void Without_prefixes_only_slack_hosts_are_allowed()
    {
        Assert.Equal(["https://hooks.slack.com/"], new SlackOptions().EffectiveResponseUrlPrefixes);
        Assert.Equal(["https://files.slack.com/"], new SlackOptions().EffectiveUploadUrlPrefixes);
        var blanks = new SlackOptions { ResponseUrlPrefixes = ["", " "], UploadUrlPrefixes = [] };
        Assert.Equal(["https://hooks.slack.com/"], blanks.EffectiveResponseUrlPrefixes);
        Assert.Equal(["https://files.slack.com/"], blanks.EffectiveUploadUrlPrefixes);
    }

    [Fact]
    public void Configured_prefixes_replace_slack_hosts_and_blank_ones_are_dropped()
    {
        var options = new SlackOptions
        {
            ResponseUrlPrefixes = ["http://localhost/hooks/", " "],
            UploadUrlPrefixes = ["", "http://localhost/files/"],
        };

        Assert.Equal(["http://localhost/hooks/"], options.EffectiveResponseUrlPrefixes);
        Assert.Equal(["http://localhost/files/"], options.EffectiveUploadUrlPrefixes);
    }

    [Fact]
    public void The_defaults_are_slack_s_api_a_256_KiB_body_and_a_2500_ms_ack()
    {
        var options = new SlackOptions();

        Assert.Equal("https://slack.com/api/", options.ApiBaseUrl);
        Assert.Equal(256 * 1024, options.MaxBodyBytes);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), options.AckDeadline);
        Assert.Equal("", options.Command);
        Assert.Equal("Slack", SlackOptions.Section);
    }
}
