using BrigadeBot.Features.Booking;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Sandbox;

/// <summary>The booking's newer buttons, as the sandbox page shows them.</summary>
public sealed class SandboxBookingTests
{
    [Fact]
    public async Task The_page_shows_the_waiting_list_Modifier_and_Deplacer()
    {
        await using var site = await SandboxSite.StartAsync(probe: false);

        var none = await site.TypeAsync("/brigade reserver cybersecurite");
        Assert.Contains(BookingTexts.WaitThemeButton, SandboxSite.Pane(none, SandboxSite.General));

        var services = site.Life.Services;
        var start = site.Life.Clock.GetUtcNow().UtcDateTime.AddDays(2);
        var slot = new Slot
        {
            Id = "sandbox-slot", AnimatorId = SandboxSite.Animator, StartUtc = start, EndUtc = start.AddHours(1), Capacity = 2,
            VideoLink = "https://meet.example.org/sandbox", ThemeSlugs = ["cybersecurite"], SeriesId = "s", CreatedAtUtc = start.AddDays(-2),
        };
        Assert.Null(await services.GetRequiredService<SlotStore>().TryPublishAsync([slot], TimeSpan.Zero, default));
        var booked = await services.GetRequiredService<BookingStore>().TryBookAsync(new BookingRequest(SandboxSite.Member, slot.Id, "cybersecurite", null, null),
            services.GetRequiredService<BookingPolicy>().Rules(), default);
        using (var scope = services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<BookingNotifier>().ConfirmedAsync(booked.Booking!.Id, default);
        var animatorState = await site.StateAsync(SandboxSite.Animator);
        Assert.Contains("Nouvelle réservation", SandboxSite.DirectMessages(animatorState));

        var agenda = await site.TypeAsync("/brigade agenda", SandboxSite.Animator);
        Assert.Contains(BookingTexts.EditSlotButton, SandboxSite.Pane(agenda, SandboxSite.General));
        var mine = await site.TypeAsync("/brigade mes-reservations");
        Assert.Contains(BookingMessageTexts.MoveButton, SandboxSite.Pane(mine, SandboxSite.General));
    }
}
