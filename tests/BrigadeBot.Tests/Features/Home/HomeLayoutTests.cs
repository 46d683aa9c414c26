using System.Text.Json.Nodes;
using Brigade.Slack.Testing;
using BrigadeBot.Tests.Features.Booking;

namespace BrigadeBot.Tests.Features.Home;

/// <summary>The features' sections land on each Home in the same order and with the same dividers as ever.</summary>
public sealed class HomeLayoutTests
{
    /// <summary>Each block as its type, with a header's text: « header:Aujourd'hui », « divider », « section »…</summary>
    private static List<string> Outline(SlackCall call)
    {
        var blocks = call.Arguments["view"] is JsonValue v
            ? JsonNode.Parse(v.GetValue<string>())!["blocks"]!.AsArray()
            : call.Arguments["view"]!["blocks"]!.AsArray();
        return blocks.Select(b => b!["type"]!.GetValue<string>() is "header" ? "header:" + b["text"]!["text"]!.GetValue<string>()
            : b["type"]!.GetValue<string>()).ToList();
    }

    private static async Task<BrigadeHost> BookedWithTopicAsync()
    {
        var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-11-30", "15:00");
        await flow.BookAsync("cybersecurite", "lundi 30 novembre");
        await host.CommandAsync("proposer Organiser une billetterie en ligne", "U0OTHER");
        await host.IdleAsync();
        return host;
    }

    [Fact]
    public async Task A_members_Home_shows_sessions_topics_watch_sheets_then_privacy()
    {
        await using var host = await BookedWithTopicAsync();

        await HomeTests.OpenHomeAsync(host, BrigadeHost.Member);

        Assert.Equal(
        [
            "header:Brigade numérique des Laurentides", "context",
            "header:Vos prochains accompagnements", "section", "actions",
            "divider", "header:Sujets de codéveloppement ouverts", "context", "section",
            "divider", "header:Codéveloppement", "context", "section",
            "divider", "header:Dernières publications de veille", "context",
            "divider", "header:Fiches de connaissances", "section",
            "divider", "header:Vos renseignements personnels", "section",
        ], Outline(Assert.Single(HomeTests.Published(host, BrigadeHost.Member))));
    }

    [Fact]
    public async Task An_animators_Home_shows_today_this_week_topics_pending_watch_then_the_years_figures()
    {
        await using var host = await BookedWithTopicAsync();

        await HomeTests.OpenHomeAsync(host, BrigadeHost.Animator);

        Assert.Equal(
        [
            "header:Brigade numérique\u00A0: tableau de bord",
            "header:Aujourd'hui", "section",
            "header:Cette semaine", "context",
            "header:Sujets de codéveloppement ouverts", "section",
            "divider", "header:Publications de veille en attente", "context",
            "divider", "header:Cette année de programme", "section", "context",
        ], Outline(Assert.Single(HomeTests.Published(host, BrigadeHost.Animator))));
    }
}
