using System.Net;
using BrigadeBot.Features.Common;
using BrigadeBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>The flows that exist today, driven through the page's API, as a person would in the browser.</summary>
public sealed class SandboxFlowTests
{
    [Fact]
    public async Task The_command_alone_shows_the_help_to_the_person_who_typed_it_only()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);

        var mine = await site.TypeAsync("/brigade");
        var theirs = await site.StateAsync(SandboxSite.OtherMember);

        var general = SandboxSite.Pane(mine, SandboxSite.General);
        Assert.Contains("ce que je peux faire pour vous", general);
        Assert.Contains("Visible uniquement par vous", general);
        Assert.Contains("<code>/brigade aide</code>", general);
        Assert.DoesNotContain("ce que je peux faire", SandboxSite.Pane(theirs, SandboxSite.General));
        Assert.Contains("aide", mine["commands"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_typo_gets_the_closest_sub_command()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);

        var state = await site.TypeAsync("/brigade aied");

        Assert.Contains("Vouliez-vous dire <code>/brigade aide</code>", SandboxSite.Pane(state, SandboxSite.General));
    }

    [Fact]
    public async Task Another_slash_command_is_not_sent_to_the_bot()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);

        var state = await site.TypeAsync("/giphy chat");

        Assert.Contains(FrenchTypography.Apply("« /giphy » n'est pas une commande connue ici"), SandboxSite.Pane(state, SandboxSite.General));
    }

    [Fact]
    public async Task A_newcomer_gets_the_welcome_DM_in_their_Messages_pane_and_nobody_else_does()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);

        var newcomer = await site.PostAsync("join", new { });
        var member = await site.StateAsync(SandboxSite.Member);

        Assert.Equal("U0SBNEW001", newcomer["person"]!.GetValue<string>());
        var dm = SandboxSite.DirectMessages(newcomer);
        Assert.Contains("Bienvenue dans la communauté de la Brigade", dm);
        Assert.Contains("@Nouveau membre 1", dm); // <@U…> shown by name
        Assert.Contains("Aucun message", SandboxSite.DirectMessages(member));
        Assert.Contains(newcomer["journal"]!.AsArray(), e => e!["method"]!.GetValue<string>() == "chat.postMessage");
    }

    [Fact]
    public async Task Playing_never_touches_the_real_database()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);

        await site.PostAsync("join", new { });

        var real = site.Host.Services.GetRequiredService<BrigadeDatabase>();
        Assert.Equal(0, (await real.ReadAsync(db => db.GetCollection("welcomed_members").Count())));
        Assert.Equal(1, (await site.Life.Services.GetRequiredService<BrigadeDatabase>().ReadAsync(db => db.GetCollection("welcomed_members").Count())));
        Assert.NotEqual(real.Path, site.Life.Services.GetRequiredService<BrigadeDatabase>().Path);
    }

    [Fact]
    public async Task The_clock_moves_by_an_hour_or_a_day_and_a_reminder_due_meanwhile_arrives()
    {
        await using var site = await SandboxSite.StartAsync();
        var before = site.Life.Clock.GetUtcNow();

        await site.TypeAsync("/brigade rappel");
        var early = await site.PostAsync("clock", new { person = SandboxSite.Member, hours = 1 });
        var later = await site.PostAsync("clock", new { person = SandboxSite.Member, hours = 24 });

        Assert.Contains("Rappel : c'est l'heure", SandboxSite.DirectMessages(early));
        Assert.InRange(site.Life.Clock.GetUtcNow() - before, TimeSpan.FromHours(25), TimeSpan.FromHours(26));
        Assert.NotEqual(early["clock"]!.GetValue<string>(), later["clock"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reset_empties_the_workspace_and_the_sandbox_database_and_brings_the_clock_back()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);
        await site.PostAsync("join", new { });
        await site.TypeAsync("/brigade aide");
        await site.PostAsync("clock", new { person = SandboxSite.Member, hours = 24 });

        var state = await site.PostAsync("reset", new { person = SandboxSite.Member });
        var again = await site.PostAsync("join", new { });

        Assert.Contains("Aucun message", SandboxSite.Pane(state, SandboxSite.General));
        Assert.DoesNotContain(state["people"]!.AsArray(), p => p!["id"]!.GetValue<string>().StartsWith("U0SBNEW"));
        Assert.Equal(TimeSpan.Zero, site.Life.Clock.Offset);
        // The welcome record went with the database: the first newcomer of this life is welcomed again.
        Assert.Equal("U0SBNEW001", again["person"]!.GetValue<string>());
        Assert.Contains("Bienvenue", SandboxSite.DirectMessages(again));
    }

    [Fact]
    public async Task The_sandbox_people_are_its_animators_and_the_configured_ones_are_not()
    {
        await using var site = await SandboxSite.StartAsync(new() { ["Brigade:Animators:0"] = "U0REALANIM" }, probe: false);

        var animators = site.Life.Services.GetRequiredService<BrigadeBot.Features.Common.Animators>();

        Assert.True(animators.Contains(SandboxSite.Animator));
        Assert.False(animators.Contains("U0REALANIM"));
        Assert.False(animators.Contains(SandboxSite.Member));
    }

    [Fact]
    public async Task The_sandbox_s_Web_API_calls_go_to_its_journal_not_to_the_log()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);

        var state = await site.PostAsync("join", new { });

        Assert.Contains(state["journal"]!.AsArray(), e => e!["method"]!.GetValue<string>() == "conversations.open");
        Assert.DoesNotContain(site.Host.Logs.Lines, l => l.Message.Contains("Slack dry run"));
        Assert.Contains(site.Host.Logs.Lines, l => l.Message.Contains("Storage ready") && l.Message.Contains("sandbox.db"));
    }

    [Fact]
    public async Task Typing_in_a_made_up_channel_is_refused_and_opens_no_pane()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);
        var before = (await site.StateAsync())["panes"]!.AsArray().Count;

        var response = await site.PostRawAsync("type", new { person = SandboxSite.Member, channel = "CMADEUP01", text = "bonjour" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var panes = (await site.StateAsync())["panes"]!.AsArray();
        Assert.Equal(before, panes.Count);
        Assert.DoesNotContain(panes, p => p!["id"]!.GetValue<string>() == "CMADEUP01");
        Assert.Contains("bonjour", SandboxSite.DirectMessages(await site.TypeAsync("bonjour", channel: "D" + SandboxSite.Member[1..])));
    }

    [Fact]
    public async Task The_sandbox_s_throwaway_database_is_not_backed_up_and_nothing_warns_about_it()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);

        await site.PostAsync("join", new { });

        Assert.Contains(site.Host.Logs.Lines, l => l.Message.StartsWith("Backups: ", StringComparison.Ordinal)); // the real database
        Assert.DoesNotContain(site.Host.Logs.Lines, l => l.Message.Contains("not backed up"));
    }

    [Fact]
    public async Task The_agenda_offers_the_calendar_subscription_and_members_see_codev_with_their_proposals()
    {
        await using var site = await SandboxSite.StartAsync(probe: false, settings: new() { ["Brigade:PublicBaseUrl"] = "https://brigade.example.org/" });

        var agenda = SandboxSite.Pane(await site.TypeAsync("/brigade agenda", SandboxSite.Animator), SandboxSite.General);
        Assert.Contains("Abonner mon calendrier", agenda);
        var codev = SandboxSite.Pane(await site.TypeAsync("/brigade codev"), SandboxSite.General);
        Assert.Contains("Rencontres de codéveloppement", codev);
        Assert.Contains("Mes propositions", codev);
    }
}
