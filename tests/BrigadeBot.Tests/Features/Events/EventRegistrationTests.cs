using BrigadeBot.Features.Events;
using BrigadeBot.Tests.Features.Codev;

namespace BrigadeBot.Tests.Features.Events;

public sealed class EventRegistrationTests : EventHostTests
{
    [Fact]
    public async Task Registering_sends_the_calendar_file_and_unregistering_cancels_it_with_the_same_uid()
    {
        var conference = await flow.CreateAsync();

        await flow.RegisterAsync(conference, BrigadeHost.Member);
        await host.IdleAsync();
        Assert.Contains("vous êtes inscrit·e à «\u00A0Wikidata", host.Slack.RepliesTo(BrigadeHost.Member).Last());
        Assert.Contains("Places restantes\u00A0: 29 sur 30", host.Slack.CallsTo("chat.update").Last().AllText);
        var invitation = Assert.Single(flow.CalendarFiles(BrigadeHost.Member));
        Assert.Contains($"UID:event-{conference.Id}@brigade-numerique-laurentides", invitation);
        Assert.Contains("METHOD:PUBLISH", invitation);
        Assert.Contains("SEQUENCE:0", invitation);
        Assert.Contains("DTSTART;TZID=America/Toronto:20261208T190000", invitation);
        Assert.Contains(EventFlow.Link, invitation);

        await flow.UnregisterAsync(conference, BrigadeHost.Member);
        await host.IdleAsync();
        Assert.Contains("votre inscription est annulée", host.Slack.RepliesTo(BrigadeHost.Member).Last());
        var cancel = flow.CalendarFiles(BrigadeHost.Member)[1];
        Assert.Contains("METHOD:CANCEL", cancel);
        Assert.Contains($"UID:event-{conference.Id}@brigade-numerique-laurentides", cancel);
        Assert.Empty((await flow.ReloadAsync(conference)).RegisteredIds);
        Assert.Contains("Places restantes\u00A0: 30 sur 30", host.Slack.CallsTo("chat.update").Last().AllText);
    }

    [Fact]
    public async Task A_burst_of_100_clicks_for_30_places_registers_30_lines_up_70_and_the_last_update_agrees_with_storage()
    {
        var conference = await flow.CreateAsync(capacity: 30);
        var members = Enumerable.Range(0, 100).Select(i => $"U0FAN{i:D3}").ToList();
        using var firstUpdateHeld = new ManualResetEventSlim();
        var updatesSeen = 0;
        host.Slack.Handle("chat.update", _ =>
        {
            if (Interlocked.Increment(ref updatesSeen) == 1) firstUpdateHeld.Wait(TimeSpan.FromSeconds(10));
            return null;
        });

        var responses = await Task.WhenAll(members.Select(m => flow.RegisterAsync(conference, m)));
        firstUpdateHeld.Set();
        await host.IdleAsync();

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        var stored = await flow.ReloadAsync(conference);
        Assert.Equal(30, stored.RegisteredIds.Count);
        Assert.Equal(70, stored.WaitingIds.Count);
        Assert.Equal(members.Order(), stored.RegisteredIds.Concat(stored.WaitingIds).Order());
        var updates = host.Slack.CallsTo("chat.update");
        Assert.True(updates.Count < 10, $"{updates.Count} updates for one burst");
        Assert.Contains("Complet\u00A0: 30 places prises sur 30. Liste d'attente\u00A0: 70.", updates.Last().AllText);
        Assert.All(stored.RegisteredIds, m => Assert.Contains("vous êtes inscrit·e", Assert.Single(host.Slack.RepliesTo(m))));
        Assert.All(stored.WaitingIds, m => Assert.Contains("liste d'attente, en position", Assert.Single(host.Slack.RepliesTo(m))));
    }

    [Fact]
    public async Task A_freed_place_goes_to_the_first_in_line_who_is_told_by_DM_with_the_calendar_file()
    {
        var conference = await flow.CreateAsync(capacity: 1);
        await flow.RegisterAsync(conference, "U0FIRST");
        await flow.RegisterAsync(conference, "U0SECOND");
        await flow.RegisterAsync(conference, "U0THIRD");
        await host.IdleAsync();
        Assert.Contains("position 2", host.Slack.RepliesTo("U0THIRD").Last());

        await flow.UnregisterAsync(conference, "U0FIRST");
        await host.IdleAsync();

        var stored = await flow.ReloadAsync(conference);
        Assert.Equal(["U0SECOND"], stored.RegisteredIds);
        Assert.Equal(["U0THIRD"], stored.WaitingIds);
        Assert.Contains("une place s'est libérée", Assert.Single(flow.DirectMessages("U0SECOND"), c => c.AllText.Contains("libérée")).AllText);
        Assert.Contains("METHOD:PUBLISH", Assert.Single(flow.CalendarFiles("U0SECOND")));
        Assert.DoesNotContain(flow.DirectMessages("U0THIRD"), c => c.AllText.Contains("libérée"));
    }

    [Fact]
    public async Task Ten_places_freed_at_once_go_to_the_ten_first_in_line_none_lost_none_given_twice()
    {
        var conference = await flow.CreateAsync(capacity: 10);
        var registered = Enumerable.Range(0, 10).Select(i => $"U0IN{i:D2}").ToList();
        var waiting = Enumerable.Range(0, 15).Select(i => $"U0WAIT{i:D2}").ToList();
        foreach (var member in registered.Concat(waiting)) await flow.RegisterAsync(conference, member);
        await host.IdleAsync();

        await Task.WhenAll(registered.Select(m => flow.UnregisterAsync(conference, m)));
        await host.IdleAsync();

        var stored = await flow.ReloadAsync(conference);
        Assert.Equal(waiting.Take(10).Order(), stored.RegisteredIds.Order());
        Assert.Equal(waiting.Skip(10), stored.WaitingIds);
        foreach (var member in waiting.Take(10))
            Assert.Single(flow.DirectMessages(member), c => c.AllText.Contains("une place s'est libérée"));
        foreach (var member in waiting.Skip(10))
            Assert.DoesNotContain(flow.DirectMessages(member), c => c.AllText.Contains("une place s'est libérée"));
        Assert.Contains("Liste d'attente\u00A0: 5.", host.Slack.CallsTo("chat.update").Last().AllText);
    }

    [Fact]
    public async Task A_second_click_says_already_registered_leaving_the_line_is_possible_and_a_forged_value_is_answered()
    {
        var conference = await flow.CreateAsync(capacity: 1);
        await flow.RegisterAsync(conference, "U0FIRST");
        await flow.RegisterAsync(conference, "U0FIRST");
        await flow.RegisterAsync(conference, "U0SECOND");
        await flow.UnregisterAsync(conference, "U0SECOND");
        await host.ClickAsync(EventsIds.Register, "pas-un-nombre", "U0THIRD", EventFlow.Channel);
        await host.IdleAsync();

        Assert.Contains("déjà inscrit·e", host.Slack.RepliesTo("U0FIRST").Last());
        Assert.Contains("n'êtes plus sur la liste d'attente", host.Slack.RepliesTo("U0SECOND").Last());
        Assert.Contains("Je ne trouve plus cette conférence", host.Slack.RepliesTo("U0THIRD").Single());
        Assert.Empty((await flow.ReloadAsync(conference)).WaitingIds);
    }

    [Fact]
    public async Task Registrations_close_when_the_conference_starts()
    {
        var conference = await flow.CreateAsync();
        host.Clock.Advance(EventFlow.StartsAtUtc - host.Clock.GetUtcNow());

        await flow.RegisterAsync(conference, BrigadeHost.Member);
        await host.IdleAsync();

        Assert.Contains("sont fermées", host.Slack.RepliesTo(BrigadeHost.Member).Single());
        Assert.Empty((await flow.ReloadAsync(conference)).RegisteredIds);
    }
}
