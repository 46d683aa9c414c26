namespace Brigade.Slack.FollowUp;

/// <summary>How follow-up work gives way to acknowledgements (see <see cref="SlackFollowUpWorker"/>).</summary>
public sealed class FollowUpPacing
{
    /// <summary>
    /// How long no acknowledgement must have begun, and none be in flight, before an item starts. Between two requests
    /// of a burst the count of acknowledgements touches zero for well under a millisecond; work started in that gap
    /// shares the cores with the next request, and its first run of a path (the Web API client's, say) is slow.
    /// </summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(10);
}
