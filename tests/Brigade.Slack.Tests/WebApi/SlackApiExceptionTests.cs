using Brigade.Slack.WebApi;

namespace Brigade.Slack.Tests.WebApi;

public class SlackApiExceptionTests
{
    [Theory]
    [InlineData(SlackApiException.RetriesExhausted)]
    [InlineData("ratelimited")]
    [InlineData("rate_limited")]
    [InlineData("internal_error")]
    [InlineData("service_unavailable")]
    [InlineData("request_timeout")]
    public void Slack_busy_or_unreachable_is_worth_trying_again_later(string error)
    {
        Assert.True(SlackApiException.IsTransientError(error));
        Assert.True(new SlackApiException("chat.postMessage", error).IsTransient);
    }

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("invalid_auth")]
    [InlineData("upload_url_not_allowed")]
    [InlineData("")]
    [InlineData("Rate_Limited")]
    public void A_refusal_would_come_back_the_same_and_is_not_tried_again(string error)
    {
        Assert.False(SlackApiException.IsTransientError(error));
        Assert.False(new SlackApiException("chat.postMessage", error).IsTransient);
    }

    [Fact]
    public void It_names_the_method_and_the_error_and_keeps_Slack_s_messages()
    {
        var failure = new SlackApiException("views.open", "invalid_arguments", ["[ERROR] must be less than 25 characters"]);

        Assert.Equal("views.open", failure.Method);
        Assert.Equal("invalid_arguments", failure.Error);
        Assert.Equal(["[ERROR] must be less than 25 characters"], failure.Messages);
        Assert.Equal("Slack views.open failed: invalid_arguments", failure.Message);
        Assert.Empty(new SlackApiException("views.open", "invalid_arguments").Messages);
    }
}
