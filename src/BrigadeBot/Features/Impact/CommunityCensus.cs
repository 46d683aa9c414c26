using Brigade.Slack.Payloads;
using Brigade.Slack.WebApi;
using BrigadeBot.Scheduling;
using Quartz;

namespace BrigadeBot.Features.Impact;

/// <summary>Counts the Slack community from <c>users.list</c> and keeps today's count (numbers only).</summary>
public sealed class CommunityCensus(ISlackApi slack, CommunityStore store, BrigadeTimeZone zone, ILogger<CommunityCensus> log)
{
    public static readonly JobKey Key = new("community-count", "impact");
    public const string DailyCron = "0 45 4 * * ?";
    private const string Slackbot = "USLACKBOT";

    public async Task CountAsync(CancellationToken ct)
    {
        try
        {
            var (members, admins) = Count(await slack.ListUsersAsync(ct: ct));
            await store.SaveAsync(zone.Today, members, admins, ct);
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Community not counted today ({Error})", ex.Error);
        }
    }

    /// <summary>People, not bots, apps, deactivated accounts or Slackbot; admins and owners apart.</summary>
    public static (int Members, int Admins) Count(IEnumerable<SlackUserInfo> users)
    {
        var people = users.Where(u => !u.Deleted && !u.IsBot && !u.IsAppUser && u.Id != Slackbot).DistinctBy(u => u.Id).ToList();
        var admins = people.Count(u => u.IsAdmin || u.IsOwner);
        return (people.Count - admins, admins);
    }
}
