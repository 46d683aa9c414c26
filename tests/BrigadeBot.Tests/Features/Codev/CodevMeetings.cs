using System.Text.Json.Nodes;
using BrigadeBot.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Codev;

/// <summary>Steps the meeting tests share: a proposal, then a meeting scheduled on it through the animator's form.</summary>
public static class CodevMeetings
{
    public const string Author = "U0AUTHOR";

    /// <summary>Tuesday 8 December 2026, 13:30 in Toronto (18:30 UTC); the host's clock starts on 30 November.</summary>
    public const string Date = "2026-12-08";
    public const string Start = "13:30";
    public static readonly DateTimeOffset StartsAtUtc = new(2026, 12, 8, 18, 30, 0, TimeSpan.Zero);

    public static async Task<CodevProposal> ProposeAsync(this BrigadeHost host, string problem, string author = Author)
    {
        await host.CommandAsync("proposer " + problem, userId: author);
        return (await host.Services.GetRequiredService<ProposalStore>().OpenRankedAsync()).Single(p => p.Problem == problem);
    }

    public static Dictionary<string, JsonObject> Form(int proposalId, int capacity = 12, string date = Date, string start = Start,
        string duration = "90") => new()
    {
        [CodevIds.DateBlock] = CodevSlack.Date(date),
        [CodevIds.StartBlock] = CodevSlack.Time(start),
        [CodevIds.PlaceBlock] = CodevSlack.Text(MeetingTexts.DefaultPlace),
        [CodevIds.DurationBlock] = CodevSlack.Number(duration),
        [CodevIds.CapacityBlock] = CodevSlack.Number(capacity.ToString()),
        [CodevIds.TopicBlock] = CodevSlack.Select(proposalId.ToString()),
    };

    /// <summary>Opens <c>/brigade codev</c> as the animator, submits the form, and waits for the announcement.</summary>
    public static async Task<CodevMeeting> ScheduleAsync(this BrigadeHost host, CodevProposal proposal, int capacity = 12)
    {
        await host.CommandAsync("codev", userId: BrigadeHost.Animator);
        var response = await host.SubmitAsync(host.Slack.OpenedView(), BrigadeHost.Animator, Form(proposal.Id, capacity));
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await host.IdleAsync();
        var meetings = host.Services.GetRequiredService<MeetingStore>();
        return (await meetings.ScheduledAsync()).Single(m => m.ProposalId == proposal.Id);
    }

    public static Task<HttpResponseMessage> RegisterAsync(this BrigadeHost host, CodevMeeting meeting, string memberId) =>
        host.ClickAsync(CodevIds.Register, meeting.Id.ToString(), memberId);

    public static Task<HttpResponseMessage> UnregisterAsync(this BrigadeHost host, CodevMeeting meeting, string memberId) =>
        host.ClickAsync(CodevIds.Unregister, meeting.Id.ToString(), memberId);
}
