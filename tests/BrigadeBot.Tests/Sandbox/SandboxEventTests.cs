using System.Text.Json.Nodes;
using BrigadeBot.Features.Events;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>The conference flow in the sandbox: an animator announces one, a member sees it and registers.</summary>
public sealed class SandboxEventTests
{
    private static JsonObject Value(string value) => new() { [EventsIds.Input] = value };

    [Fact]
    public async Task An_animator_announces_a_conference_in_the_conferences_channel_and_a_member_registers_from_the_list()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);

        var opened = await site.TypeAsync("/brigade evenement", SandboxSite.Animator);
        var viewId = SandboxSite.ModalId(opened)!;
        Assert.Contains("Conférencier·ère(s)", SandboxSite.ModalHtml(opened));
        var fields = new JsonObject
        {
            [EventsIds.TitleBlock] = Value("Wikidata pour les organismes culturels"),
            [EventsIds.SpeakersBlock] = Value("Camille Roy"),
            [EventsIds.DateBlock] = Value("2026-12-08"),
            [EventsIds.StartBlock] = Value("19:00"),
            [EventsIds.DurationBlock] = Value("90"),
            [EventsIds.FormatBlock] = Value("Online"),
            [EventsIds.LinkBlock] = Value("https://zoom.example.org/j/1"),
            [EventsIds.CapacityBlock] = Value("20"),
            [EventsIds.DescriptionBlock] = Value("Pas à pas."),
        };
        var submitted = await site.PostAsync("submit", new { person = SandboxSite.Animator, viewId, fields });
        Assert.Null(SandboxSite.ModalId(submitted));

        var state = await site.StateAsync(SandboxSite.Member);
        Assert.Contains("Wikidata pour les organismes culturels", SandboxSite.Pane(state, "C0EVENTS"));
        var list = await site.TypeAsync("/brigade evenements", SandboxSite.Member);
        Assert.Contains("M'inscrire", SandboxSite.Pane(list, SandboxSite.General));
    }
}
