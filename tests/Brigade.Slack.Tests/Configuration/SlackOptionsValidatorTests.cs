namespace Brigade.Slack.Tests.Configuration;

/// <summary>Malformed Slack:* values are refused at start, each naming its key; well-formed or absent values pass.</summary>
public sealed class SlackOptionsValidatorTests
{
    private static IReadOnlyList<string> Errors(Action<SlackOptions> change)
    {
        var options = new SlackOptions();
        change(options);
        var result = new SlackOptionsValidator().Validate(null, options);
        Assert.Equal(result.Failed, !result.Succeeded);
        return result.Failures?.ToArray() ?? [];
    }

    [Fact]
    public void The_defaults_without_any_secret_are_valid()
    {
        Assert.Empty(Errors(_ => { }));
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions()).Succeeded);
    }

    [Fact]
    public void Well_formed_values_at_every_limit_are_valid() =>
        Assert.Empty(Errors(o =>
        {
            o.BotToken = "xoxb-1";
            o.AppToken = "xapp-1";
            o.ApiBaseUrl = "http://localhost:5000/api/";
            o.ResponseUrlPrefixes = ["https://hooks.slack.com/", " ", null!, "http://localhost/"];
            o.UploadUrlPrefixes = ["https://files.slack.com/", "", null!, "http://localhost/"];
            o.Command = "/" + new string('b', 31);
            o.MaxBodyBytes = 1024;
        }));

    [Theory]
    [InlineData("xoxp-1")]
    [InlineData("XOXB-1")]
    public void A_bot_token_that_is_not_a_bot_token_is_refused(string token) =>
        Assert.Equal(["Slack:BotToken must be a bot token (it starts with xoxb-)."], Errors(o => o.BotToken = token));

    [Theory]
    [InlineData("xoxb-1")]
    [InlineData("XAPP-1")]
    public void An_app_token_that_is_not_an_app_level_token_is_refused(string token) =>
        Assert.Equal(["Slack:AppToken must be an app-level token (it starts with xapp-)."], Errors(o => o.AppToken = token));

    [Theory]
    [InlineData("ftp://slack.com/api/")]
    [InlineData("/api/")]
    [InlineData("")]
    public void An_api_base_url_that_is_not_absolute_http_is_refused(string url) =>
        Assert.Equal([$"Slack:ApiBaseUrl: '{url}' is not an absolute http(s) URL."], Errors(o => o.ApiBaseUrl = url));

    [Fact]
    public void A_response_url_prefix_that_is_not_absolute_http_is_refused() =>
        Assert.Equal(["Slack:ResponseUrlPrefixes: 'ftp://hooks/' is not an absolute http(s) URL."],
            Errors(o => o.ResponseUrlPrefixes = ["https://hooks.slack.com/", "ftp://hooks/"]));

    [Fact]
    public void An_upload_url_prefix_that_is_not_absolute_http_is_refused() =>
        Assert.Equal(["Slack:UploadUrlPrefixes: 'files/' is not an absolute http(s) URL."],
            Errors(o => o.UploadUrlPrefixes = ["files/", "https://files.slack.com/"]));

    [Theory]
    [InlineData("brigade")]
    [InlineData("/")]
    [InlineData("/brigade-with-a-name-far-too-long")]
    public void A_command_that_is_not_a_slash_and_2_to_32_characters_is_refused(string command)
    {
        Assert.Equal(33, "/brigade-with-a-name-far-too-long".Length);
        Assert.Equal([$"Slack:Command: '{command}' must start with / and have 2 to 32 characters."], Errors(o => o.Command = command));
    }

    [Fact]
    public void A_two_character_command_is_valid() => Assert.Empty(Errors(o => o.Command = "/b"));

    [Fact]
    public void A_body_limit_under_1024_bytes_is_refused() =>
        Assert.Equal(["Slack:MaxBodyBytes must be at least 1024."], Errors(o => o.MaxBodyBytes = 1023));

    [Fact]
    public void Every_malformed_value_is_reported_at_once() =>
        Assert.Equal(3, Errors(o => (o.BotToken, o.AppToken, o.MaxBodyBytes) = ("x", "y", 0)).Count);
}
