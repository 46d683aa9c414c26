using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using BrigadeBot.Features.Booking;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>The session recap in the sandbox: written from the agenda, its PDF downloadable from the member's messages.</summary>
public sealed class SandboxRecapTests
{
    [Fact]
    public async Task An_animator_writes_a_recap_from_the_agenda_and_the_member_downloads_its_PDF()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);
        var services = site.Life.Services;
        var now = site.Life.Clock.GetUtcNow().UtcDateTime;
        var slot = new Slot
        {
            Id = "sandbox-slot", SeriesId = "sandbox-slot", AnimatorId = SandboxSite.Animator, StartUtc = now.AddHours(1), EndUtc = now.AddHours(2),
            VideoLink = "https://meet.example.org/brigade", ThemeSlugs = ["cybersecurite"], CreatedAtUtc = now,
        };
        await services.GetRequiredService<SlotStore>().TryPublishAsync([slot], TimeSpan.Zero, default);
        var booking = (await services.GetRequiredService<BookingStore>().TryBookAsync(
            new BookingRequest(SandboxSite.Member, slot.Id, "cybersecurite", null, null),
            services.GetRequiredService<BookingPolicy>().Rules() with { MinNotice = TimeSpan.Zero }, default)).Booking!;
        await site.PostAsync("clock", new { person = SandboxSite.Animator, hours = 2 });

        var agenda = SandboxSite.Pane(await site.TypeAsync("/brigade agenda", SandboxSite.Animator), SandboxSite.General);
        Assert.Contains("Récapitulatif", agenda);
        var key = long.Parse(Regex.Matches(agenda, "data-message-key=\"(\\d+)\"")[^1].Groups[1].Value);
        var opened = await site.PostAsync("act", new
        {
            person = SandboxSite.Animator, surface = new { kind = "message", messageKey = key }, blockId = BookingIds.MarkBlock(booking.Id),
            actionId = BookingIds.Recap, choice = (string?)null,
        });
        Assert.Contains("Ce que nous avons vu", SandboxSite.ModalHtml(opened));
        await site.PostAsync("submit", new
        {
            person = SandboxSite.Animator, viewId = SandboxSite.ModalId(opened),
            fields = new JsonObject
            {
                [BookingIds.RecapSeen] = new JsonObject { [BookingIds.Value] = "Sauvegardes et double authentification." },
                [BookingIds.RecapNextSteps] = new JsonObject { [BookingIds.Value] = "Activer la double authentification." },
                [BookingIds.RecapResources] = new JsonObject { [BookingIds.Value] = "Guide https://example.org/guide" },
            },
        });

        var dm = SandboxSite.DirectMessages(await site.StateAsync(SandboxSite.Member));
        Assert.Contains("Voici le récapitulatif", dm);
        var link = Regex.Matches(dm, "href=\"(/sandbox/files/[^\"]+)\"").Select(m => m.Groups[1].Value).Last();
        var pdf = await (await site.Client.GetAsync(link)).Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("Sauvegardes et double authentification.", BrigadeBot.Tests.Features.Booking.RecapTests.Text(pdf));
    }
}
