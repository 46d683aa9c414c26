using System.Diagnostics.CodeAnalysis;
using Brigade.Slack.WebApi;
using BrigadeBot.Scheduling;
using Quartz;

namespace BrigadeBot.Features.Common.Deliveries;

/// <summary>
/// Scheduled DMs through a Slack outage: a message Slack could not take (5xx, 429 or network, once the client's own
/// retries ran out) is tried again by its job in <see cref="RetryAfter"/> while it is still useful, and dropped with a
/// Warning saying why once it no longer is. Nobody gets it twice: the caller's claim, or a <see cref="DeliveryMark"/>
/// per member, is written before the send and handed back only when Slack was unreachable.
/// </summary>
public sealed class DeliveryRetries(DeliveryMarkStore marks, IBrigadeScheduler scheduler, TimeProvider time, ILogger<DeliveryRetries> log)
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);
    public const string TooLate = "no longer useful by the next try";
    public const string Refused = "Slack refused it";

    /// <summary>When a message failing now would be tried again.</summary>
    public DateTimeOffset NextTry => time.GetUtcNow() + RetryAfter;

    /// <summary>
    /// <see cref="SendToEachAsync"/>, then, when Slack could not be reached for someone, <see cref="RetryOrDropAsync{TJob}"/>
    /// with the job <paramref name="key"/>. <c>true</c> when a retry is scheduled: the message is not done yet.
    /// </summary>
    public async Task<bool> SendToEachOrRetryAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        string what, string message, IEnumerable<string> memberIds,
        DateTime usefulUntilUtc, Func<string, CancellationToken, Task> send, JobKey key, JobDataMap data, CancellationToken ct)
        where TJob : IJob =>
        await SendToEachAsync(what, message, memberIds, usefulUntilUtc, send, ct) is { } failure
        && await RetryOrDropAsync<TJob>(what, failure, key, data, usefulUntilUtc, ct);

    /// <summary>
    /// Sends <paramref name="message"/> to each member who has not had it yet. Stops at the first member Slack could not
    /// be reached for (the others wait for the retry too) and returns the error; a refusal for one member is logged as a
    /// drop and the others still get theirs. <c>null</c> once everyone was reached.
    /// </summary>
    private async Task<string?> SendToEachAsync(string what, string message, IEnumerable<string> memberIds, DateTime usefulUntilUtc,
        Func<string, CancellationToken, Task> send, CancellationToken ct)
    {
        foreach (var memberId in memberIds.Distinct(StringComparer.Ordinal).ToList())
        {
            if (!await marks.ClaimAsync(message, memberId, time.GetUtcNow().UtcDateTime, usefulUntilUtc, ct)) continue;
            try
            {
                await send(memberId, ct);
            }
            catch (SlackApiException ex) when (ex.IsTransient)
            {
                await marks.ReleaseAsync(message, memberId, ct);
                return ex.Error;
            }
            catch (SlackApiException ex)
            {
                Dropped($"{what} to {memberId}", ex.Error, Refused);
            }
        }
        return null;
    }

    /// <summary>
    /// After a failed send: runs the job <paramref name="key"/> again at <see cref="NextTry"/> when Slack was only
    /// unreachable and the message is still useful then; otherwise logs the drop. <c>true</c> when a retry is scheduled.
    /// </summary>
    public async Task<bool> RetryOrDropAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        string what, string failure, JobKey key, JobDataMap data, DateTime usefulUntilUtc,
        CancellationToken ct) where TJob : IJob
    {
        var retryAt = NextTry;
        var transient = SlackApiException.IsTransientError(failure);
        if (transient && retryAt.UtcDateTime < usefulUntilUtc)
        {
            await RetryAsync<TJob>(what, failure, key, data, retryAt, ct);
            return true;
        }
        Dropped(what, failure, transient ? TooLate : Refused);
        return false;
    }

    /// <summary>Runs the job <paramref name="key"/> again at <paramref name="retryAt"/>, and says so.</summary>
    public async Task RetryAsync<[DynamicallyAccessedMembers(JobTypeMembers.Read)] TJob>(
        string what, string failure, JobKey key, JobDataMap data, DateTimeOffset retryAt,
        CancellationToken ct) where TJob : IJob
    {
        await scheduler.ScheduleOnceAsync<TJob>(key, retryAt, data, ct);
        log.LogWarning("{What} not delivered ({Failure}): retry at {RetryAt:u}", what, failure, retryAt);
    }

    /// <summary>Says in the log that a message will not go, and why (Slack ids only, never its text).</summary>
    public void Dropped(string what, string failure, string reason) =>
        log.LogWarning("{What} dropped: not delivered ({Failure}) and {Reason}", what, failure, reason);
}
