using Brigade.Slack.Diagnostics;

namespace Brigade.Slack.Tests.Diagnostics;

/// <summary>The log scope of a request: one SlackRequestId property for structured sinks, readable text for the others.</summary>
public sealed class SlackRequestScopeTests
{
    private readonly SlackRequestScope scope = new("a1b2");

    [Fact]
    public void It_holds_exactly_the_request_id()
    {
        Assert.Equal(new KeyValuePair<string, object?>("SlackRequestId", "a1b2"), scope[0]);
        Assert.Equal([new KeyValuePair<string, object?>("SlackRequestId", "a1b2")], scope.ToList());
        Assert.Equal([new KeyValuePair<string, object?>("SlackRequestId", "a1b2")],
            ((System.Collections.IEnumerable)scope).Cast<KeyValuePair<string, object?>>());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Any_other_index_is_out_of_range(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => scope[index]);

    [Fact]
    public void As_text_it_names_the_key_and_the_id() => Assert.Equal("SlackRequestId:a1b2", scope.ToString());
}
