using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Reports;
using BrigadeBot.Features.Events;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using BrigadeBot.Tests.Features.Home;
using BrigadeBot.Tests.Features.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Events;

/// <summary>What the conferences give the other areas: the App Home, the animator's calendar, the report, the member's rights.</summary>
public sealed class EventDataTests : EventHostTests
{
    private async Task MarkAsync(Conference conference, params string[] present)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await host.ClickAsync(EventsIds.Attendance, conference.Id.ToString(), BrigadeHost.Animator, "C0GENERAL");
        var form = ModalForm.From((await host.Slack.WaitForAsync("views.open", before + 1))[^1]);
        if (present.Length > 0) form.Set("Présent·es", string.Join('|', present));
        await host.InteractionAsync(form.Submission(BrigadeHost.Animator));
        await host.IdleAsync();
    }

    private async Task AnswerAsync(Conference conference, string member, string percent, string progress)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await host.ClickAsync(EventsIds.SurveyOpen, conference.Id.ToString(), member, "D0" + member[2..]);
        var form = ModalForm.From((await host.Slack.WaitForAsync("views.open", before + 1))[^1]);
        form.Set("Dans quelle mesure la conférence a-t-elle répondu à vos attentes\u202F?", percent).Set("Vos apprentissages ont-ils progressé\u202F?", progress);
        await host.InteractionAsync(form.Submission(member));
    }

    [Fact]
    public async Task The_member_s_registrations_show_on_their_App_Home_with_the_place_in_line()
    {
        var conference = await flow.CreateAsync(capacity: 1);
        await flow.RegisterAsync(conference, "U0FIRST");
        await flow.RegisterAsync(conference, BrigadeHost.Member);
        await host.IdleAsync();
        await HomeTests.OpenHomeAsync(host, BrigadeHost.Member);

        var home = HomeTests.Published(host, BrigadeHost.Member).Last().AllText;
        Assert.Contains("Mes conférences", home);
        Assert.Contains("Wikidata pour les organismes culturels", home);
        Assert.Contains("liste d'attente (position 1)", home);
    }

    [Fact]
    public async Task The_creating_animator_s_calendar_gets_their_coming_conferences_with_the_stable_uid()
    {
        var conference = await flow.CreateAsync();
        var sources = host.Services.GetServices<IAnimatorCalendarSource>();

        var entries = new List<CalendarEntry>();
        foreach (var source in sources) entries.AddRange(await source.ComingForAnimatorAsync(BrigadeHost.Animator, host.Clock.GetUtcNow().UtcDateTime, default));
        var others = new List<CalendarEntry>();
        foreach (var source in sources) others.AddRange(await source.ComingForAnimatorAsync("U0OTHERANIM", host.Clock.GetUtcNow().UtcDateTime, default));

        var entry = Assert.Single(entries, e => e.Uid == CalendarEntry.UidOf("event", conference.Id.ToString()));
        Assert.Equal(EventFlow.StartsAtUtc.UtcDateTime, entry.StartUtc);
        Assert.DoesNotContain(others, e => e.Uid == entry.Uid);
    }

    [Fact]
    public async Task The_report_counts_conferences_registrations_attendances_and_survey_figures_without_names()
    {
        foreach (var member in new[] { "U0ALICE", "U0BOB", "U0CAROL" })
            await host.Services.GetRequiredService<Consents>().RecordAsync(member, ConsentPurposes.Survey, true, default);
        var first = await flow.CreateAsync("Wikidata pour les organismes culturels");
        var second = await flow.CreateAsync("Cybersécurité au quotidien", format: "En ligne");
        foreach (var member in new[] { "U0ALICE", "U0BOB", "U0CAROL", "U0DAN" }) await flow.RegisterAsync(first, member);
        await flow.RegisterAsync(second, "U0ALICE");
        await host.IdleAsync();
        host.Clock.Advance(EventFlow.StartsAtUtc.AddHours(2) - host.Clock.GetUtcNow());
        await MarkAsync(first, "U0ALICE", "U0BOB", "U0CAROL");
        await MarkAsync(second, "U0ALICE");
        await AnswerAsync(first, "U0ALICE", "80", "Oui");
        await AnswerAsync(first, "U0BOB", "100", "Un peu");
        await AnswerAsync(first, "U0CAROL", "60", "Non");

        using var scope = host.Services.CreateScope();
        var section = scope.ServiceProvider.GetServices<IImpactSection>().OfType<EventsImpactSection>().Single();
        var content = await section.BuildAsync(new ImpactPeriod(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)), minCell: 3, default);

        var summary = string.Join('\n', content.SummaryLines);
        Assert.Contains("Conférences\u00A0: 2 · inscriptions\u00A0: 5 · présences\u00A0: 4", summary);
        Assert.Contains("3 réponses sur 4 présences (75\u00A0%)", summary);
        Assert.Contains("en moyenne\u00A0: 80\u00A0%", summary);
        Assert.Contains("progressé\u00A0: 67\u00A0%", summary);
        Assert.DoesNotContain("U0", summary);
        var table = Assert.Single(content.Tables);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["2026-12-08", "Wikidata pour les organismes culturels", "En personne et en ligne", "30", "4", "3", "3", "80", "33.3", "33.3"], table.Rows[0]);
        Assert.Equal(["0", "", "", ""], table.Rows[1].Skip(6)); // one attendance, no answer: nothing to show

        var hidden = await section.BuildAsync(new ImpactPeriod(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)), minCell: 5, default);
        Assert.Equal("", hidden.Tables[0].Rows[0][7]);
        Assert.Contains("seuil de confidentialité", string.Join('\n', hidden.SummaryLines));
        Assert.Empty((await section.BuildAsync(new ImpactPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)), 3, default)).Tables[0].Rows);
    }

    [Fact]
    public async Task The_export_carries_the_member_s_registrations_and_erasure_frees_a_coming_place_for_the_first_in_line()
    {
        var privacy = new PrivacyFlow(host);
        var conference = await flow.CreateAsync(capacity: 1);
        await flow.RegisterAsync(conference, BrigadeHost.Member);
        await flow.RegisterAsync(conference, "U0NEXT");
        await host.IdleAsync();

        var reply = BookingFlow.Readable(await (await host.CommandAsync("mes-données")).Content.ReadAsStringAsync());
        await host.IdleAsync();
        Assert.Contains("Inscriptions à des conférences\u00A0: 1", reply);
        var registration = Assert.Single(privacy.LastExport()["event_registrations"]!.AsArray())!;
        Assert.Equal(conference.Id, registration["event"]!.GetValue<int>());
        Assert.True(registration["registered"]!.GetValue<bool>());

        await privacy.SubmitAsync(await privacy.OpenAsync("oublier"));
        await host.IdleAsync();

        var stored = await flow.ReloadAsync(conference);
        Assert.Equal(["U0NEXT"], stored.RegisteredIds);
        Assert.Empty(stored.WaitingIds);
        Assert.Contains(flow.DirectMessages("U0NEXT"), c => c.AllText.Contains("une place s'est libérée"));
    }

    [Fact]
    public async Task Corriger_lets_a_member_leave_a_coming_conference()
    {
        var privacy = new PrivacyFlow(host);
        var conference = await flow.CreateAsync();
        await flow.RegisterAsync(conference, BrigadeHost.Member);
        await host.IdleAsync();

        var form = await privacy.OpenAsync("corriger");
        form.Set("Mes inscriptions aux conférences", conference.Id.ToString());
        await privacy.SubmitAsync(form);
        await host.IdleAsync();

        Assert.Empty((await flow.ReloadAsync(conference)).RegisteredIds);
        Assert.Contains("METHOD:CANCEL", flow.CalendarFiles(BrigadeHost.Member).Last());
    }

    [Fact]
    public async Task Past_the_retention_a_conference_keeps_its_counts_but_no_member_id()
    {
        var conference = await flow.CreateAsync(capacity: 1);
        await flow.RegisterAsync(conference, "U0ALICE");
        await flow.RegisterAsync(conference, "U0BOB");
        await host.IdleAsync();
        host.Clock.Advance(EventFlow.StartsAtUtc.AddHours(2) - host.Clock.GetUtcNow());
        await MarkAsync(conference, "U0ALICE");
        var retention = host.Services.GetRequiredService<BrigadeBot.Features.Privacy.RetentionService>();

        Assert.Equal(0, (await retention.RunAsync(default))["event-registrations"]);
        host.Clock.Advance(TimeSpan.FromDays(370));
        Assert.Equal(1, (await retention.RunAsync(default))["event-registrations"]);
        Assert.Equal(0, (await retention.RunAsync(default))["event-registrations"]);

        var stored = await flow.ReloadAsync(conference);
        Assert.Equal((1, 1, 0), (stored.RegisteredIds.Count, stored.AttendedIds.Count, stored.WaitingIds.Count));
        Assert.DoesNotContain("U0ALICE", stored.RegisteredIds.Concat(stored.AttendedIds));
    }
}
