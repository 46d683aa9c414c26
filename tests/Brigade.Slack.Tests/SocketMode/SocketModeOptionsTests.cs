using Brigade.Slack.SocketMode;

namespace Brigade.Slack.Tests.SocketMode;

/// <summary>Which Slack:SocketMode timings are refused, each naming its key.</summary>
public sealed class SocketModeOptionsTests
{
    public static TheoryData<string> Keys() =>
    [
        nameof(SocketModeOptions.DisconnectedGraceSeconds), nameof(SocketModeOptions.PingIntervalSeconds),
        nameof(SocketModeOptions.PingTimeoutSeconds), nameof(SocketModeOptions.HelloTimeoutSeconds),
        nameof(SocketModeOptions.ReconnectDelaySeconds), nameof(SocketModeOptions.MaxReconnectDelaySeconds),
    ];

    private static SocketModeOptions With(string key, double value)
    {
        var options = new SocketModeOptions { ReconnectDelaySeconds = 0.5, MaxReconnectDelaySeconds = 86_400 };
        typeof(SocketModeOptions).GetProperty(key)!.SetValue(options, value);
        return options;
    }

    [Fact]
    public void The_defaults_are_fine() => Assert.Empty(new SocketModeOptions().Errors());

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_timing_must_be_above_zero_and_at_most_a_day(string key)
    {
        foreach (var bad in new[] { 0, -1, double.NaN, 86_400.001, double.PositiveInfinity })
            Assert.Equal([$"Slack:SocketMode:{key} must be a number of seconds above 0 and at most one day."],
                With(key, bad).Errors().Where(e => !e.Contains("at least")));
        foreach (var good in new[] { 0.001, 86_400 })
            Assert.DoesNotContain(With(key, good).Errors(), e => e.Contains(key + " must be a number"));
    }

    [Fact]
    public void The_longest_wait_may_equal_the_first_but_not_be_shorter()
    {
        Assert.Empty(new SocketModeOptions { ReconnectDelaySeconds = 5, MaxReconnectDelaySeconds = 5 }.Errors());
        Assert.Equal(["Slack:SocketMode:MaxReconnectDelaySeconds must be at least Slack:SocketMode:ReconnectDelaySeconds."],
            new SocketModeOptions { ReconnectDelaySeconds = 5, MaxReconnectDelaySeconds = 4.9 }.Errors());
    }

    [Fact]
    public void The_timings_read_as_seconds()
    {
        var options = new SocketModeOptions
        {
            DisconnectedGraceSeconds = 1, PingIntervalSeconds = 2, PingTimeoutSeconds = 3, HelloTimeoutSeconds = 4,
            ReconnectDelaySeconds = 5, MaxReconnectDelaySeconds = 6,
        };

        Assert.Equal([1, 2, 3, 4, 5, 6], new[]
        {
            options.DisconnectedGrace, options.PingInterval, options.PingTimeout, options.HelloTimeout,
            options.ReconnectDelay, options.MaxReconnectDelay,
        }.Select(t => t.TotalSeconds));
    }
}
