using BrigadeBot.Features.Common;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Home;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Impact;

namespace BrigadeBot.Tests.Features.Home;

public sealed class HomeTests
{
    private static int events;

    internal static async Task OpenHomeAsync(BrigadeHost host, string user, string tab = "home")
    {
        var body = SlackFixtures.Json("event_app_home_opened.json");
        body["event"]!["user"] = user;
        body["event"]!["tab"] = tab;
        body["event_id"] = $"Ev0HOME{Interlocked.Increment(ref events)}";
        await host.EventAsync(body);
        await host.IdleAsync();
    }

    internal static IReadOnlyList<SlackCall> Published(BrigadeHost host, string user) =>
        host.Slack.CallsTo("views.publish").Where(c => c.Arg("user_id") == user).ToList();

    private static JsonArray Blocks(SlackCall call) => call.Arguments["view"] is JsonValue v
        ? JsonNode.Parse(v.GetValue<string>())!["blocks"]!.AsArray()
        : call.Arguments["view"]!["blocks"]!.AsArray();

    [Fact]
    public async Task A_member_sees_coming_sessions_open_topics_and_privacy_commands()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        await host.CommandAsync("proposer Comment diffuser mon spectacle <!channel> en ligne ?", "U0OTHER");
        await host.IdleAsync();

        await OpenHomeAsync(host, BrigadeHost.Member);

        var view = Assert.Single(Published(host, BrigadeHost.Member));
        var text = view.AllText;
        Assert.Contains("Vos prochains accompagnements", text);
        Assert.Contains("mercredi 2 décembre, 14 h – 15 h (heure de l'Est)", text);
        Assert.Contains(BookingIds.HomeCancel, text);
        Assert.Contains("\"accessibility_label\":\"Annuler l'accompagnement du mercredi 2 décembre à 14 h\"", text);
        Assert.Contains("\"accessibility_label\":\"Voter pour la proposition no 1\"", text);
        Assert.Contains("Comment diffuser mon spectacle &lt;!channel&gt; en ligne ?", text);
        Assert.Contains(CodevIds.HomeVote, text);
        Assert.Contains("`/brigade mes-donnees`", text);
        Assert.DoesNotContain("tableau de bord", text);
    }

    [Fact]
    public async Task The_messages_tab_publishes_nothing()
    {
        await using var host = await BrigadeHost.StartAsync();
        await OpenHomeAsync(host, BrigadeHost.Member, "messages");
        Assert.Empty(host.Slack.CallsTo("views.publish"));
    }

    [Fact]
    public async Task A_member_with_many_bookings_gets_a_Home_within_Slack_limits()
    {
        await using var host = await BrigadeHost.StartAsync(new()
        {
            ["Brigade:Booking:MaxUpcomingPerMember"] = "80", ["Brigade:Limits:proposals:Permits"] = "40",
        });
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00", repeat: 25);
        await flow.PublishAsync("2026-12-03", "10:00", repeat: 25);
        await flow.PublishAsync("2026-12-04", "10:00", repeat: 25);
        foreach (var slot in flow.Slots())
            await host.Services.GetRequiredService<BookingStore>().TryBookAsync(
                new BookingRequest(BrigadeHost.Member, slot.Id, "cybersecurite", new string('<', 1000), null),
                host.Services.GetRequiredService<BookingPolicy>().Rules(), default);
        for (var i = 0; i < 40; i++) await host.CommandAsync($"proposer Sujet numéro {i} {new string('x', 900)}", "U0OTHER");
        await host.IdleAsync();

        await OpenHomeAsync(host, BrigadeHost.Member);

        var view = Assert.Single(Published(host, BrigadeHost.Member));
        Assert.True(view.Response["ok"]!.GetValue<bool>(), view.Response.ToJsonString());
        Assert.InRange(Blocks(view).Count, 1, 100);
        Assert.Contains(FrenchTypography.Apply("… et 68 autre(s) : `/brigade mes-reservations`."), view.AllText);
        Assert.Contains("… et 32 autre(s) sujet(s)", view.AllText);
    }

    [Fact]
    public async Task An_animator_sees_today_this_week_topics_and_the_years_figures()
    {
        await using var host = await BrigadeHost.StartAsync();
        await SeededYear.SeedAsync(host);
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-11-30", "15:00", capacity: 3); // today, 15:00 Toronto
        await flow.PublishAsync("2026-12-03", "10:00");
        await flow.PublishAsync("2026-12-20", "10:00"); // beyond the week
        await flow.BookAsync("cybersecurite", "lundi 30 novembre");
        await host.CommandAsync("proposer Organiser une billetterie en ligne", BrigadeHost.Member);
        await host.IdleAsync();

        await OpenHomeAsync(host, BrigadeHost.Animator);

        var text = Assert.Single(Published(host, BrigadeHost.Animator)).AllText;
        Assert.Contains("Aujourd'hui", text);
        Assert.Contains("lundi 30 novembre, 15 h – 16 h · <@U0ANIMATOR> · 1/3 place(s) prise(s)", text);
        Assert.Contains("jeudi 3 décembre, 10 h – 11 h · <@U0ANIMATOR> · 0/1 place(s) prise(s)", text);
        Assert.DoesNotContain("20 décembre", text);
        Assert.Contains("· 0 vote(s) · Organiser une billetterie en ligne", text);
        Assert.Contains("*88* accompagnement(s) tenu(s) · *64* personne(s) accompagnée(s)", text);
        Assert.Contains(FrenchTypography.Apply("Satisfaction : *4,3 sur 5* · taux de réponse au sondage : 68,2 %"), text);
    }

    [Fact]
    public async Task Changes_refresh_the_Home_at_most_once_per_interval()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.PublishAsync("2026-12-03", "14:00");
        await OpenHomeAsync(host, BrigadeHost.Member);

        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        await flow.BookAsync("wikimedia", "jeudi 3 décembre");
        await host.IdleAsync();
        Assert.Single(Published(host, BrigadeHost.Member));

        host.Clock.Advance(HomeRefresher.MinInterval);
        await host.IdleAsync();
        var refreshed = Published(host, BrigadeHost.Member);
        Assert.Equal(2, refreshed.Count);
        Assert.Contains("mercredi 2 décembre", refreshed[^1].AllText);
        Assert.Contains("jeudi 3 décembre", refreshed[^1].AllText);

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.IdleAsync();
        Assert.Equal(2, Published(host, BrigadeHost.Member).Count);
        Assert.Empty(Published(host, "U0OTHER")); // never opened its Home
    }

    [Fact]
    public async Task Cancelling_and_voting_from_the_Home_act_and_redraw_it()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");
        await host.CommandAsync("proposer Organiser une billetterie en ligne", "U0OTHER");
        await OpenHomeAsync(host, BrigadeHost.Member);

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.HomeCancel, flow.Bookings().Single().Id);
        await flow.ClickAsync(BrigadeHost.Member, CodevIds.HomeVote, "1");

        Assert.Equal(BookingStatus.Cancelled, flow.Bookings().Single().Status);
        var views = Published(host, BrigadeHost.Member);
        Assert.Contains("Votre accompagnement est annulé", views[^2].AllText);
        Assert.Contains("Votre vote pour le sujet no 1 est compté", views[^1].AllText);
        Assert.Contains("1 vote(s)", views[^1].AllText);
        Assert.Equal([BrigadeHost.Member], (await host.Services.GetRequiredService<BrigadeBot.Features.Codev.ProposalStore>().FindAsync(1))!.VoterIds);
    }

    [Fact]
    public async Task Nobody_cancels_someone_elses_booking_from_the_Home()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-02", "14:00");
        await flow.BookAsync("cybersecurite", "mercredi 2 décembre");

        await flow.ClickAsync("U0INTRUDER", BookingIds.HomeCancel, flow.Bookings().Single().Id);

        Assert.Equal(BookingStatus.Confirmed, flow.Bookings().Single().Status);
        Assert.Contains("ne peut plus être annulée", Published(host, "U0INTRUDER").Single().AllText);
    }
}
