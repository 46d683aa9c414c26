using BrigadeBot.Features.Booking;
using Microsoft.Extensions.DependencyInjection;
using static BrigadeBot.Tests.Features.Booking.BookingFlow;

namespace BrigadeBot.Tests.Features.Booking;

/// <summary>The clock starts Monday 2026-11-30 14:00 UTC; the slot is Tuesday 1 December, 14:00 Toronto.</summary>
public sealed class WaitlistTests
{
    private const string Tuesday = "mardi 1er décembre";
    private const string Offer = "Une place s'est libérée pour vous";

    [Fact]
    public async Task A_member_on_a_themes_list_is_offered_a_new_slot_held_for_them_and_books_it()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        var answer = Readable(await (await host.CommandAsync("reserver cybersecurite")).Content.ReadAsStringAsync());
        Assert.Contains(BookingTexts.WaitThemeButton, answer);

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.WaitTheme, "cybersecurite");
        Assert.Equal("theme:cybersecurite", Assert.Single(flow.Waitlist()).Queue);
        await flow.PublishAsync("2026-12-01", "14:00", themes: "cybersecurite");

        var slot = Assert.Single(flow.Slots());
        var entry = Assert.Single(flow.Waitlist());
        Assert.Equal((WaitQueues.Place(slot.Id), host.Clock.GetUtcNow().UtcDateTime.AddMinutes(120)), (entry.OfferedPlace, entry.HoldUntilUtc));
        var dm = Assert.Single(Sent(host, Offer));
        Assert.Equal("D0MEMBER1", dm.Arg("channel"));
        Assert.Contains(BookingIds.TakeOffer, dm.AllText);
        Assert.Contains(Tuesday, dm.AllText);

        // Held for the member: someone else finds no room, even with a forged submission.
        var other = Readable(await (await host.CommandAsync("reserver cybersecurite", "U0OTHER")).Content.ReadAsStringAsync());
        Assert.Contains("Aucun créneau n'est ouvert", other);
        var before = host.Slack.CallsTo("views.open").Count;
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.TakeOffer, entry.Id);
        var form = ModalForm.From((await host.Slack.WaitForAsync("views.open", before + 1))[^1]);
        Assert.Contains("est maintenant complet", await flow.SubmitAsync(ModalForm.From(host.Slack.CallsTo("views.open")[^1]), "U0OTHER"));

        Assert.Equal("", await flow.SubmitAsync(form, BrigadeHost.Member)); // the held slot is the one chosen
        Assert.Equal(BrigadeHost.Member, Assert.Single(flow.Bookings()).MemberId);
        Assert.Empty(flow.Waitlist());
    }

    [Fact]
    public async Task An_unanswered_offer_passes_to_the_next_person_when_its_hold_ends_never_two_at_once()
    {
        await using var host = await BrigadeHost.StartAsync(new() { ["Brigade:Booking:WaitlistHoldMinutes"] = "60" });
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.BookAsync("cybersecurite", Tuesday);
        await flow.ClickAsync("U0WAIT1", BookingIds.WaitTheme, "cybersecurite");
        await flow.ClickAsync("U0WAIT2", BookingIds.WaitTheme, "cybersecurite");
        var slot = Assert.Single(flow.Slots());

        await flow.ClickAsync(BrigadeHost.Member, BookingIds.CancelBooking, Assert.Single(flow.Bookings()).Id);
        var offered = Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null);
        Assert.Equal("U0WAIT1", offered.MemberId);
        Assert.Single(Sent(host, Offer));

        await AdvanceToAsync(host, host.Clock.GetUtcNow().AddMinutes(59), "ZZZ-nothing", 0);
        Assert.Equal("U0WAIT1", Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null).MemberId);

        await AdvanceToAsync(host, host.Clock.GetUtcNow().AddMinutes(1), Offer, 2);
        var next = Assert.Single(flow.Waitlist());
        Assert.Equal(("U0WAIT2", WaitQueues.Place(slot.Id)), (next.MemberId, next.OfferedPlace));
        Assert.Equal("D0WAIT2", Sent(host, Offer)[^1].Arg("channel"));
        Assert.Single(Sent(host, "Le délai est passé"), c => c.Arg("channel") == "D0WAIT1");
        Assert.Equal(1, flow.PlacesTaken(slot.Id, host.Clock.GetUtcNow().UtcDateTime));

        await AdvanceToAsync(host, host.Clock.GetUtcNow().AddMinutes(60), "Le délai est passé", 2);
        Assert.Empty(flow.Waitlist());
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday, member: "U0LATE")); // free for anyone again
    }

    [Fact]
    public async Task Holds_are_rebuilt_at_start()
    {
        var first = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(first);
        await flow.ClickAsync("U0WAIT1", BookingIds.WaitTheme, "cybersecurite");
        await flow.ClickAsync("U0WAIT2", BookingIds.WaitTheme, "cybersecurite");
        await flow.PublishAsync("2026-12-01", "14:00");
        await first.DisposeAsync(keepSlack: true);

        await using var second = await BrigadeHost.StartAsync(slack: first.Slack, clock: first.Clock, dataFolder: first.DataFolder);
        await AdvanceToAsync(second, second.Clock.GetUtcNow().AddMinutes(120), Offer, 2);
        Assert.Equal("U0WAIT2", Assert.Single(new BookingFlow(second).Waitlist()).MemberId);
    }

    [Fact]
    public async Task A_member_sees_their_lists_and_leaves_one_from_their_bookings_and_a_held_place_goes_to_the_next()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.WaitTheme, "cybersecurite");
        await flow.ClickAsync("U0WAIT2", BookingIds.WaitTheme, "cybersecurite");
        await flow.ClickAsync("U0WAIT2", BookingIds.WaitTheme, "wikimedia");
        var list = Readable(await (await host.CommandAsync("mes-reservations", "U0WAIT2")).Content.ReadAsStringAsync());
        Assert.Contains("Vos listes d'attente", list);
        Assert.Contains("2e dans la file", list);
        Assert.Contains("vous êtes la prochaine personne", list);

        await flow.PublishAsync("2026-12-01", "14:00", themes: "cybersecurite");
        var held = Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null);
        Assert.Equal(BrigadeHost.Member, held.MemberId);
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.LeaveWaitlist, held.Id);

        Assert.DoesNotContain(flow.Waitlist(), e => e.MemberId == BrigadeHost.Member);
        Assert.Equal("U0WAIT2", Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null).MemberId);
        Assert.Contains("Vous avez quitté la liste d'attente", host.Slack.CallsTo("(response_url)").Last().AllText);
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.LeaveWaitlist, flow.Waitlist()[0].Id); // not theirs
        Assert.Equal(2, flow.Waitlist().Count);
    }

    [Fact]
    public async Task A_member_waits_for_a_full_slot_from_the_modal_and_gets_its_freed_place_first()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.PublishAsync("2026-12-03", "14:00", themes: "wikimedia");
        await flow.BookAsync("cybersecurite", Tuesday, "U0FIRST");
        await flow.ClickAsync("U0THEME", BookingIds.WaitTheme, "cybersecurite"); // arrived first, but on the theme's list
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var full = flow.Slots()[0];

        var form = (await flow.OpenBookingAsync()).Set("Thème", "cybersecurite");
        await host.InteractionAsync(form.SelectAction(BrigadeHost.Member, "Thème", "cybersecurite"));
        var rebuilt = (await host.Slack.WaitForAsync("views.update", 1))[^1];
        var menu = rebuilt.Arguments["view"]!["blocks"]!.AsArray().Single(b => b!["block_id"]?.ToString() == BookingIds.WaitSlot)!;
        var option = menu["elements"]![0]!["options"]!.AsArray().Single()!;
        Assert.StartsWith(Tuesday, option["text"]!["text"]!.ToString());
        var pick = flow.Click(BrigadeHost.Member, BookingIds.WaitSlot, "");
        pick["actions"]![0]!["type"] = "static_select";
        pick["actions"]![0]!["selected_option"] = option.DeepClone();
        pick["view"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "V0MODAL", ["type"] = "modal", ["hash"] = "2.hash" };
        await host.InteractionAsync(pick);
        await host.IdleAsync();

        Assert.Equal(WaitQueues.Slot(full.Id), flow.Waitlist().Single(e => e.MemberId == BrigadeHost.Member).Queue);
        Assert.Contains("liste d'attente de ce créneau", host.Slack.CallsTo("views.update")[^1].AllText);
        await flow.ClickAsync("U0FIRST", BookingIds.CancelBooking, flow.Bookings()[0].Id);
        Assert.Equal(BrigadeHost.Member, Assert.Single(flow.Waitlist(), e => e.OfferedPlace is not null).MemberId);
    }

    [Fact]
    public async Task Booking_another_slot_gives_up_the_place_held_for_the_member()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.ClickAsync(BrigadeHost.Member, BookingIds.WaitTheme, "cybersecurite");
        await flow.PublishAsync("2026-12-01", "14:00", themes: "cybersecurite"); // held for the member
        await flow.ClickAsync("U0WAIT2", BookingIds.WaitTheme, "cybersecurite");
        await flow.PublishAsync("2026-12-03", "14:00", capacity: 2, themes: "cybersecurite"); // one place held for U0WAIT2, one free
        var tuesday = flow.Slots()[0];
        Assert.Equal(WaitQueues.Place(tuesday.Id), flow.Waitlist().Single(e => e.MemberId == BrigadeHost.Member).OfferedPlace);

        Assert.Equal("", await flow.BookAsync("cybersecurite", "jeudi 3 décembre"));

        Assert.DoesNotContain(flow.Waitlist(), e => e.MemberId == BrigadeHost.Member);
        Assert.Equal(0, flow.PlacesTaken(tuesday.Id, host.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal("", await flow.BookAsync("cybersecurite", Tuesday, "U0OTHER"));
    }

    [Fact]
    public async Task A_cancelled_slots_waiting_members_are_told_and_stay_on_the_themes_list_if_they_were_on_it()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.BookAsync("cybersecurite", Tuesday, "U0FIRST");
        var slot = flow.Slots()[0];
        var rules = host.Services.GetRequiredService<BookingPolicy>().Rules();
        var store = host.Services.GetRequiredService<BookingStore>();
        await store.JoinAsync("U0WAIT1", WaitQueues.Slot(slot.Id), "cybersecurite", rules, default);
        await store.JoinAsync("U0WAIT2", WaitQueues.Slot(slot.Id), "cybersecurite", rules, default);
        await flow.ClickAsync("U0WAIT2", BookingIds.WaitTheme, "cybersecurite");

        await flow.ClickAsync(BrigadeHost.Animator, BookingIds.CancelSlot, slot.Id);
        await host.IdleAsync();

        Assert.Equal(("U0WAIT2", WaitQueues.Theme("cybersecurite")), (Assert.Single(flow.Waitlist()).MemberId, flow.Waitlist()[0].Queue));
        var slotOnly = Assert.Single(flow.DirectMessages("U0WAIT1")).AllText;
        Assert.Contains($"Le créneau *Cybersécurité* du {Tuesday}", slotOnly);
        Assert.Contains("est annulé", slotOnly);
        Assert.Contains("/brigade reserver", slotOnly);
        Assert.DoesNotContain("vous restez", slotOnly);
        var alsoTheme = Assert.Single(flow.DirectMessages("U0WAIT2"), c => c.AllText.Contains("est annulé")).AllText;
        Assert.Contains("vous restez sur la liste d'attente du thème *Cybersécurité*", alsoTheme);
    }

    [Fact]
    public async Task A_slots_list_goes_with_the_retention_run_once_the_slot_has_started_a_themes_list_stays()
    {
        await using var host = await BrigadeHost.StartAsync();
        var flow = new BookingFlow(host);
        await flow.PublishAsync("2026-12-01", "14:00");
        await flow.BookAsync("cybersecurite", Tuesday, "U0FIRST");
        var rules = host.Services.GetRequiredService<BookingPolicy>().Rules();
        await host.Services.GetRequiredService<BookingStore>().JoinAsync(BrigadeHost.Member, WaitQueues.Slot(flow.Slots()[0].Id), "cybersecurite", rules, default);
        await flow.ClickAsync("U0THEME", BookingIds.WaitTheme, "wikimedia");
        var retention = host.Services.GetRequiredService<BrigadeBot.Features.Privacy.RetentionService>();
        // The test runs retention itself: the nightly job must not race it when the clock moves.
        await host.Services.GetRequiredService<BrigadeBot.Scheduling.IBrigadeScheduler>().UnscheduleAsync(BrigadeBot.Features.Privacy.RetentionService.Key, default);
        Assert.Equal(0, (await retention.RunAsync(default))["waitlists"]);

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(6)); // the slot has started

        Assert.Equal(1, (await retention.RunAsync(default))["waitlists"]);
        Assert.Equal("U0THEME", Assert.Single(flow.Waitlist()).MemberId);
    }
}
