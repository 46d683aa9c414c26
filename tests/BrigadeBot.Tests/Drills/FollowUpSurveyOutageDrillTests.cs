using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Features.Impact;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Impact;
using BrigadeBot.Tests.Features.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Drills;

/// <summary>
/// Slack down when the daily run sends the follow-up survey, three months after a session held on 2 December 2026 (the
/// run of Wednesday 3 March 2027, 10:00 in Toronto): each member gets the invitation once after the outage, counted once.
/// </summary>
public sealed class FollowUpSurveyOutageDrillTests
{
    private static readonly DateTimeOffset Due = new(2027, 3, 3, 15, 0, 0, TimeSpan.Zero);
    private const string Member2 = "U0MEMBER2";

    [Theory]
    [MemberData(nameof(SlackOutage.Failures), MemberType = typeof(SlackOutage))]
    public async Task Slack_down_for_two_minutes_around_the_daily_run_each_member_gets_the_survey_once_after_the_outage(int status)
    {
        var clock = new TimerWatchingClock(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        await using var host = await BrigadeHost.StartAsync(clock: clock);
        await new SurveyFlow(host).HeldSessionAsync(2, BrigadeHost.Member, Member2);
        await host.IdleAsync();
        await using var outage = new SlackOutage(clock, Due.AddMinutes(-1), Due.AddMinutes(1), SlackOutage.Reply(status), ImpactIds.FollowUpOpen)
            .Apply(host.Slack);

        await outage.FailsAndIsRescheduledAsync(host, FollowUpSurveyService.RetryKey, Due, "Follow-up survey invitation for U0MEMBER");
        Assert.Equal(0, Invited(host));

        clock.Advance(DeliveryRetries.RetryAfter);
        await Eventually.HoldsAsync(() => outage.Delivered.Count >= 2, "the survey never went out after the outage");
        using (var scope = host.Services.CreateScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<FollowUpSurveyService>().RunAsync(default));

        Assert.Equal(["D0MEMBER1", "D0MEMBER2"], outage.Channels);
        Assert.All(outage.Delivered, d => Assert.True(d.At >= Due.AddMinutes(1)));
        Assert.Equal(2, Invited(host));
    }

    private static int Invited(BrigadeHost host) => host.Services.GetRequiredService<BrigadeDatabase>()
        .ReadNow(db => db.GetCollection(FollowUpStore.Tallies).FindAll().Sum(t => t["Invited"].AsInt32));
}
