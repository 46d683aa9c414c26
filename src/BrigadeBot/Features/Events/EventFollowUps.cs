using System.Globalization;
using BrigadeBot.Features.Common.Deliveries;
using Quartz;

namespace BrigadeBot.Features.Events;

/// <summary>
/// The replay and the survey after a conference, one DM per person. What Slack could not take is tried again every
/// minute for <see cref="UsefulFor"/> after the attendance was marked, to whoever has not had it; nobody gets it twice.
/// Each marking of attendance is its own batch: a later one never replaces the recipients of a retry still waiting.
/// </summary>
public sealed class EventFollowUps(EventStore events, EventNotifier notifier, DeliveryRetries retries)
{
    public static readonly TimeSpan UsefulFor = TimeSpan.FromDays(3);
    private const string JobGroup = "event-follow-up";

    public static JobKey Key(int id, EventFollowUpKind kind, DateTime markedAtUtc) =>
        new($"{id}.{kind}.{markedAtUtc.Ticks.ToString(CultureInfo.InvariantCulture)}", JobGroup);

    public async Task SendAsync(int id, EventFollowUpKind kind, DateTime markedAtUtc, IReadOnlyList<string> memberIds, CancellationToken ct)
    {
        if (memberIds.Count == 0 || await events.FindAsync(id, ct) is not { } conference) return;
        var key = Key(id, kind, markedAtUtc);
        var what = $"Conference {kind.ToString().ToLowerInvariant()} for conference {id}";
        var usefulUntil = markedAtUtc + UsefulFor;
        await retries.SendToEachOrRetryAsync<EventFollowUpJob>(what, key.Name, memberIds, usefulUntil, (memberId, token) =>
                kind == EventFollowUpKind.Replay
                    ? notifier.ReplayToAsync(conference, memberId, token)
                    : notifier.SurveyToAsync(conference, memberId, token),
            key, EventFollowUpJob.Data(id, kind, markedAtUtc, memberIds), ct);
    }
}
