using System.Globalization;
using Quartz;

namespace BrigadeBot.Features.Events;

/// <summary>Tries again a replay or survey DM that Slack could not take (<see cref="EventFollowUps"/>).</summary>
public sealed class EventFollowUpJob(EventFollowUps followUps) : IJob
{
    private const string EventKey = "event";
    private const string KindKey = "kind";
    private const string MarkedKey = "marked";
    private const string MembersKey = "members";

    public static JobDataMap Data(int id, EventFollowUpKind kind, DateTime markedAtUtc, IReadOnlyList<string> memberIds) => new()
    {
        [EventKey] = id, [KindKey] = kind.ToString(), [MarkedKey] = markedAtUtc.Ticks.ToString(CultureInfo.InvariantCulture),
        [MembersKey] = string.Join(',', memberIds),
    };

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        if (data.TryGetInt(EventKey, out var id) && Enum.TryParse<EventFollowUpKind>(data.GetString(KindKey), out var kind)
            && long.TryParse(data.GetString(MarkedKey), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && data.GetString(MembersKey) is { } members)
            await followUps.SendAsync(id, kind, new DateTime(ticks, DateTimeKind.Utc), members.Split(',', StringSplitOptions.RemoveEmptyEntries),
                cancellationToken);
    }
}
