using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Events;
using BrigadeBot.Storage;
using BrigadeBot.Tests.Features.Booking;
using BrigadeBot.Tests.Features.Codev;
using Microsoft.Extensions.DependencyInjection;

namespace BrigadeBot.Tests.Features.Events;

public sealed class EventAttendanceTests : EventHostTests
{
    private async Task<Conference> HeldAsync(params string[] registrants)
    {
        var conference = await flow.CreateAsync();
        foreach (var member in registrants) await flow.RegisterAsync(conference, member);
        await host.IdleAsync();
        host.Clock.Advance(EventFlow.StartsAtUtc.AddHours(2) - host.Clock.GetUtcNow());
        return conference;
    }

    private async Task<ModalForm> OpenAttendanceAsync(Conference conference)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await host.ClickAsync(EventsIds.Attendance, conference.Id.ToString(), BrigadeHost.Animator, "C0GENERAL");
        return ModalForm.From((await host.Slack.WaitForAsync("views.open", before + 1))[^1]);
    }

    private async Task<ModalForm> OpenSurveyAsync(Conference conference, string member)
    {
        var before = host.Slack.CallsTo("views.open").Count;
        await host.ClickAsync(EventsIds.SurveyOpen, conference.Id.ToString(), member, "D0" + member[2..]);
        await host.IdleAsync();
        Assert.True(host.Slack.CallsTo("views.open").Count > before, string.Join('\n', host.Slack.RepliesTo(member)));
        return ModalForm.From(host.Slack.CallsTo("views.open")[^1]);
    }

    private Task GrantSurveyAsync(string member) =>
        host.Services.GetRequiredService<Consents>().RecordAsync(member, ConsentPurposes.Survey, true, default);

    [Fact]
    public async Task Attendance_and_replay_the_absent_get_the_replay_the_present_who_accept_surveys_get_the_survey()
    {
        await GrantSurveyAsync("U0ALICE");
        var conference = await HeldAsync("U0ALICE", "U0BOB", "U0CAROL");

        var form = await OpenAttendanceAsync(conference);
        Assert.Equal(3, form.Input("Présent·es")["element"]!["options"]!.AsArray().Count);
        form.Set("Présent·es", "U0ALICE|U0BOB").Set("Lien de la rediffusion (facultatif)", "https://video.example.org/replay");
        Assert.Equal("", await (await host.InteractionAsync(form.Submission(BrigadeHost.Animator))).Content.ReadAsStringAsync());
        await host.IdleAsync();

        var stored = await flow.ReloadAsync(conference);
        Assert.Equal(["U0ALICE", "U0BOB"], stored.AttendedIds);
        Assert.Contains(flow.DirectMessages("U0CAROL"), c => c.AllText.Contains("https://video.example.org/replay"));
        Assert.DoesNotContain(flow.DirectMessages("U0ALICE"), c => c.AllText.Contains("rediffusion est en ligne"));
        Assert.Contains(flow.DirectMessages("U0ALICE"), c => c.AllText.Contains("Donner mon avis"));
        Assert.DoesNotContain(flow.DirectMessages("U0BOB"), c => c.AllText.Contains("Donner mon avis")); // no consent
        var announcement = host.Slack.CallsTo("chat.update").Last().AllText;
        Assert.Contains("Rediffusion", announcement);
        Assert.Contains("https://video.example.org/replay", announcement);

        // Marking again sends neither the replay nor the survey a second time.
        var again = await OpenAttendanceAsync(conference);
        await host.InteractionAsync(again.Submission(BrigadeHost.Animator));
        await host.IdleAsync();
        Assert.Single(flow.DirectMessages("U0CAROL"), c => c.AllText.Contains("rediffusion est en ligne"));
        Assert.Single(flow.DirectMessages("U0ALICE"), c => c.AllText.Contains("Donner mon avis"));
    }

    [Fact]
    public async Task A_survey_consent_given_under_the_earlier_wording_still_brings_the_conference_survey()
    {
        var given = host.Clock.GetUtcNow().UtcDateTime;
        await host.Services.GetRequiredService<BrigadeDatabase>().WriteAsync(db => db.GetCollection<MemberProfile>(MemberProfileStore.Collection)
            .Insert(new MemberProfile
            {
                MemberId = "U0ALICE", NoticeVersion = "2026-12",
                ConsentHistory = [new ConsentRecord { Purpose = ConsentPurposes.Survey, Granted = true, NoticeVersion = "2026-12", AtUtc = given }],
            }), default);
        var conference = await HeldAsync("U0ALICE");

        await host.InteractionAsync((await OpenAttendanceAsync(conference)).Set("Présent·es", "U0ALICE").Submission(BrigadeHost.Animator));
        await host.IdleAsync();

        Assert.Contains(flow.DirectMessages("U0ALICE"), c => c.AllText.Contains("Donner mon avis"));
    }

    [Fact]
    public async Task Attendance_waits_for_the_start()
    {
        var conference = await flow.CreateAsync();
        var before = host.Slack.CallsTo("views.open").Count;

        await host.ClickAsync(EventsIds.Attendance, conference.Id.ToString(), BrigadeHost.Animator, "C0GENERAL");
        await host.IdleAsync();

        Assert.Equal(before, host.Slack.CallsTo("views.open").Count);
        Assert.Contains("une fois la conférence commencée", host.Slack.RepliesTo(BrigadeHost.Animator).Last());
    }

    [Fact]
    public async Task The_survey_is_answered_once_without_the_member_s_id_and_closes_after_the_open_days()
    {
        await GrantSurveyAsync("U0ALICE");
        await GrantSurveyAsync("U0BOB");
        var conference = await HeldAsync("U0ALICE", "U0BOB");
        var attendance = (await OpenAttendanceAsync(conference)).Set("Présent·es", "U0ALICE|U0BOB");
        await host.InteractionAsync(attendance.Submission(BrigadeHost.Animator));
        await host.IdleAsync();

        var survey = await OpenSurveyAsync(conference, "U0ALICE");
        Assert.True(survey.Has("Dans quelle mesure la conférence a-t-elle répondu à vos attentes\u202F?"));
        Assert.Equal(11, survey.Options("Dans quelle mesure la conférence a-t-elle répondu à vos attentes\u202F?").Count);
        survey.Set("Dans quelle mesure la conférence a-t-elle répondu à vos attentes\u202F?", "80")
            .Set("Vos apprentissages ont-ils progressé\u202F?", "Oui").Set("Un commentaire (facultatif)", "Très clair.");
        var thanks = BookingFlow.Readable(await (await host.InteractionAsync(survey.Submission("U0ALICE"))).Content.ReadAsStringAsync());
        Assert.Contains("Votre avis est enregistré", thanks);

        var twice = await OpenSurveyAttemptAsync(conference, "U0ALICE");
        Assert.Contains("déjà donné votre avis", twice);

        var database = host.Services.GetRequiredService<BrigadeDatabase>();
        var raw = database.ReadNow(db => db.GetCollection(EventSurveyStore.Answers).FindAll().Single().ToString());
        Assert.Contains("80", raw);
        Assert.DoesNotContain("U0ALICE", raw);

        host.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Contains("Ce sondage est fermé", await OpenSurveyAttemptAsync(conference, "U0BOB"));
        await host.Services.GetRequiredService<EventSurveyService>().CloseExpiredAsync(default);
        Assert.Equal(0, database.ReadNow(db => db.GetCollection(EventSurveyStore.Markers).Count()));
    }

    [Fact]
    public async Task Someone_who_was_not_there_cannot_answer()
    {
        var conference = await HeldAsync("U0ALICE");

        Assert.Contains("pas disponible", await OpenSurveyAttemptAsync(conference, "U0ALICE"));
    }

    private async Task<string> OpenSurveyAttemptAsync(Conference conference, string member)
    {
        await host.ClickAsync(EventsIds.SurveyOpen, conference.Id.ToString(), member, "D0" + member[2..]);
        await host.IdleAsync();
        return host.Slack.RepliesTo(member).Last();
    }
}
