using System.Net;
using System.Text.RegularExpressions;
using BrigadeBot.Features.CalendarSubscription;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using IcsCalendar = Ical.Net.Calendar;

namespace BrigadeBot.Tests.Features.CalendarSubscription;

public sealed partial class CalendarFeedTests
{
    private const string PublicBase = "https://brigade.example.org/bot/";
    private static Dictionary<string, string?> WithPublicBase => new() { ["Brigade:PublicBaseUrl"] = PublicBase };

    [GeneratedRegex(@"https://brigade\.example\.org/bot/calendar/([A-Za-z0-9_-]+)\.ics")]
    private static partial Regex FeedUrl();

    private static async Task<string> SubscribeAsync(BrigadeHost host, string actionId = CalendarIds.Subscribe)
    {
        await host.ClickAsync(actionId, "x", BrigadeHost.Animator);
        await host.IdleAsync();
        var reply = host.Slack.RepliesTo(BrigadeHost.Animator).Last();
        var match = FeedUrl().Match(reply);
        Assert.True(match.Success, reply);
        return match.Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> FeedAsync(BrigadeHost host, string token) =>
        await host.Client.GetAsync($"/calendar/{token}.ics");

    [Fact]
    public async Task The_agenda_offers_the_subscription_and_the_feed_holds_sessions_and_meetings_in_the_zone_across_both_DST_changes()
    {
        // 20 October 2026: both changes of time (1 November 2026, 14 March 2027) are ahead.
        await using var host = await BrigadeHost.StartAsync(WithPublicBase, clock: new FakeTimeProvider(new DateTimeOffset(2026, 10, 20, 14, 0, 0, TimeSpan.Zero)));
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-11-01", "10:00");
        await flow.PublishAsync("2027-03-14", "10:00", capacity: 4);
        Assert.Equal("", await flow.BookAsync("cybersecurite", "dimanche 1er novembre", note: "Note secrète du membre"));
        var proposal = await host.ProposeAsync("Comment animer une communauté de bénévoles en ligne ?");
        await host.CommandAsync("codev", userId: BrigadeHost.Animator);
        await host.SubmitAsync(host.Slack.OpenedView(), BrigadeHost.Animator, CodevMeetings.Form(proposal.Id, date: "2027-03-14", start: "13:30"));
        await host.IdleAsync();
        var meeting = Assert.Single(await host.Services.GetRequiredService<MeetingStore>().ScheduledAsync());

        var agenda = (await (await host.CommandAsync("agenda", userId: BrigadeHost.Animator)).Content.ReadAsStringAsync());
        Assert.Contains($"\"action_id\":\"{CalendarIds.Subscribe}\"", agenda);
        var token = await SubscribeAsync(host);
        Assert.True(token.Length >= 22, token); // at least 128 bits in base64url

        var response = await FeedAsync(host, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = IcsCalendar.Load(text)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        var slots = flow.Slots();
        Assert.Equal(
            [CalendarEntry.UidOf("slot", slots[0].Id), CalendarEntry.UidOf("slot", slots[1].Id), CalendarEntry.UidOf("codev", meeting.Id.ToString())],
            events.Select(e => e.Uid));
        // 10:00 after the fall change is UTC-5; 10:00 and 13:30 after the spring change are UTC-4.
        Assert.Equal(new DateTime(2026, 11, 1, 15, 0, 0, DateTimeKind.Utc), events[0].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 11, 1, 16, 0, 0, DateTimeKind.Utc), events[0].DtEnd!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 14, 14, 0, 0, DateTimeKind.Utc), events[1].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 14, 17, 30, 0, DateTimeKind.Utc), events[2].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 14, 19, 0, 0, DateTimeKind.Utc), events[2].DtEnd!.AsUtc);
        Assert.Contains("Salle des Belles histoires", events[2].Location);
        Assert.Contains("DTSTART;TZID=America/Toronto:20261101T100000", text);
        Assert.DoesNotContain("Note secrète", text);
        Assert.DoesNotContain(BrigadeHost.Member, text);

        // The same feed read again keeps its UIDs: calendars update events instead of adding them.
        var again = IcsCalendar.Load(await (await FeedAsync(host, token)).Content.ReadAsStringAsync())!;
        Assert.Equal(events.Select(e => e.Uid), again.Events.OrderBy(e => e.DtStart!.AsUtc).Select(e => e.Uid));

        // Only a hash of the token is stored.
        var stored = host.Services.GetRequiredService<BrigadeDatabase>()
            .ReadNow(db => db.GetCollection<CalendarToken>(CalendarTokenStore.Collection).FindAll().ToList());
        var row = Assert.Single(stored);
        Assert.Equal(BrigadeHost.Animator, row.AnimatorId);
        Assert.NotEqual(token, row.TokenHash);
        Assert.DoesNotContain(token, row.TokenHash);
    }

    [Fact]
    public async Task A_wrong_or_revoked_token_gets_404_and_a_new_link_replaces_the_old_one()
    {
        await using var host = await BrigadeHost.StartAsync(WithPublicBase);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedAsync(host, "abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedAsync(host, new string('A', 43))).StatusCode);

        var first = await SubscribeAsync(host);
        Assert.Equal(HttpStatusCode.OK, (await FeedAsync(host, first)).StatusCode);
        using var head = new HttpRequestMessage(HttpMethod.Head, $"/calendar/{first}.ics");
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(head)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedAsync(host, first[..^1] + (first[^1] == 'A' ? 'B' : 'A'))).StatusCode);

        await host.ClickAsync(CalendarIds.Subscribe, "x", BrigadeHost.Animator);
        await host.IdleAsync();
        var already = host.Slack.RepliesTo(BrigadeHost.Animator).Last();
        Assert.Contains("déjà un lien secret", already);
        Assert.DoesNotMatch(FeedUrl(), already);
        Assert.Contains($"\"action_id\":\"{CalendarIds.Renew}\"", host.Slack.CallsTo("(response_url)").Last().Arguments.ToJsonString());

        var second = await SubscribeAsync(host, CalendarIds.Renew);
        Assert.NotEqual(first, second);
        Assert.Contains("L'ancien lien ne fonctionne plus", host.Slack.RepliesTo(BrigadeHost.Animator).Last());
        Assert.Equal(HttpStatusCode.NotFound, (await FeedAsync(host, first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FeedAsync(host, second)).StatusCode);
    }

    [Fact]
    public async Task Members_get_no_link_and_a_former_animator_s_link_stops_working()
    {
        var host = await BrigadeHost.StartAsync(WithPublicBase);
        await host.ClickAsync(CalendarIds.Subscribe, "x", BrigadeHost.Member);
        await host.IdleAsync();
        Assert.Contains(CommonTexts.AnimatorsOnly, host.Slack.RepliesTo(BrigadeHost.Member).Single());
        var token = await SubscribeAsync(host);
        var (slack, clock, folder) = (host.Slack, host.Clock, host.DataFolder);
        await host.DisposeAsync(keepSlack: true);

        var settings = WithPublicBase;
        settings["Brigade:Animators:0"] = "U0SOMEONEELSE";
        await using var restarted = await BrigadeHost.StartAsync(settings, slack, clock, folder);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedAsync(restarted, token)).StatusCode);
    }

    [Fact]
    public async Task Without_a_public_address_the_animator_is_told_instead_of_given_a_broken_link()
    {
        await using var host = await BrigadeHost.StartAsync();
        await host.ClickAsync(CalendarIds.Subscribe, "x", BrigadeHost.Animator);
        await host.IdleAsync();
        Assert.Contains("adresse publique du bot n'est pas configurée", host.Slack.RepliesTo(BrigadeHost.Animator).Single());
        Assert.Empty(host.Services.GetRequiredService<BrigadeDatabase>().ReadNow(db => db.GetCollection<CalendarToken>(CalendarTokenStore.Collection).FindAll().ToList()));
    }

    [Fact]
    public async Task The_subscription_is_in_the_animator_s_export_and_forgetting_them_revokes_it()
    {
        await using var host = await BrigadeHost.StartAsync(WithPublicBase);
        var token = await SubscribeAsync(host);
        var flow = new BrigadeBot.Tests.Features.Privacy.PrivacyFlow(host);

        await host.CommandAsync("mes-donnees", BrigadeHost.Animator);
        await host.IdleAsync();
        Assert.Single(flow.LastExport()["calendar_subscription"]!.AsArray());

        await flow.SubmitAsync(await flow.OpenAsync("oublier", BrigadeHost.Animator), BrigadeHost.Animator);
        await host.IdleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await FeedAsync(host, token)).StatusCode);
    }
}
