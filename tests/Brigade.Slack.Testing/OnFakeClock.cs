using Brigade.Slack.FollowUp;

namespace Brigade.Slack.Testing;

/// <summary>Settings for a host whose clock only moves when its test says so.</summary>
public static class OnFakeClock
{
    /// <summary>
    /// Follow-up work without the quiet period after acknowledgements: that pause is measured on the host's clock, which a
    /// test would otherwise have to advance after every request. The quiet period's own tests put it back.
    /// </summary>
    public static FollowUpPacing Pacing { get; } = new() { QuietPeriod = TimeSpan.Zero };
}
