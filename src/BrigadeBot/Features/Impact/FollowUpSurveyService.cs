using BrigadeBot.Features.Common.Surveys;
using BrigadeBot.Features.Common.Sessions;
using Brigade.Slack.BlockKit;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Features.Common.FollowUps;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The survey sent <c>Brigade:Impact:FollowUpSurveyMonths</c> after a member's first accompaniment of a program year, to
/// members who accept surveys: once, one reminder after <see cref="ReminderAfter"/>, closed <c>Brigade:Survey:OpenDays</c>
/// after it went. Everything is decided from the database at each daily run, so a restart or a missed day changes nothing;
/// an invitation whose day passed while the bot was down still goes while the survey would be open. One Slack could not
/// take (5xx, 429, network) is handed back and the run tried again a minute later, until the survey would close.
/// </summary>
public sealed class FollowUpSurveyService(FollowUpStore store, IHeldSessions sessions, SurveyConsent consent, SlackMessenger messenger,
    DeliveryRetries retries, BrigadeTimeZone zone, TimeProvider time, IOptionsMonitor<ImpactOptions> impact,
    IOptionsMonitor<SurveyOptions> survey, ILogger<FollowUpSurveyService> log)
{
    public static readonly JobKey Key = new("followup-survey", "impact");
    public static readonly JobKey RetryKey = new("followup-survey-retry", "impact");
    public const string DailyCron = "0 0 10 * * ?";
    public static readonly TimeSpan ReminderAfter = TimeSpan.FromDays(7);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
    private TimeSpan OpenFor => TimeSpan.FromDays(Math.Max(1, survey.CurrentValue.OpenDays));

    /// <summary>Closes, invites and reminds; returns how many invitations went.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = Now;
        await store.DeleteClosedAsync(now, ct);
        var sent = 0;
        foreach (var (year, member, until) in await DueAsync(now, ct))
        {
            if (!await consent.IsGrantedAsync(member, ct)) continue;
            if (!await store.TryInviteAsync(year, member, now, now + OpenFor, ct)) continue;
            if (await SendAsync(member, year, FollowUpTexts.Invitation, ct) is not { } failure)
            {
                sent++;
                continue;
            }
            if (!SlackApiException.IsTransientError(failure)) continue;
            await store.ForgetInvitationAsync(year, member, ct);
            await RetryOrDropAsync($"Follow-up survey invitation for {member}", failure, until, ct);
            return sent; // Slack is unreachable: the others wait for the retry too
        }
        var reminders = await store.TakeRemindersAsync(now - ReminderAfter, now, ct);
        for (var i = 0; i < reminders.Count; i++)
        {
            var invitation = reminders[i];
            if (!await consent.IsGrantedAsync(invitation.MemberId, ct)) continue;
            var closes = FrenchDates.Date(DateOnly.FromDateTime(zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(invitation.ClosesAtUtc, DateTimeKind.Utc))).DateTime));
            if (await SendAsync(invitation.MemberId, invitation.ProgramYear, FollowUpTexts.Reminder(closes), ct) is not { } failure
                || !SlackApiException.IsTransientError(failure)) continue;
            foreach (var untried in reminders.Skip(i)) await store.ForgetReminderAsync(untried.ProgramYear, untried.MemberId, ct);
            await RetryOrDropAsync($"Follow-up survey reminder for {invitation.MemberId}", failure, invitation.ClosesAtUtc, ct);
            break;
        }
        if (sent > 0) log.LogInformation("Follow-up survey sent to {Count} member(s)", sent);
        return sent;
    }

    private Task RetryOrDropAsync(string what, string failure, DateTime usefulUntilUtc, CancellationToken ct) =>
        retries.RetryOrDropAsync<FollowUpSurveyJob>(what, failure, RetryKey, new JobDataMap(), usefulUntilUtc, ct);

    /// <summary>
    /// Members whose survey day (months after their first session of a program year) has come, and would still be open:
    /// the program year under way and the one before (whose last sessions' surveys fall in this one).
    /// </summary>
    private async Task<IReadOnlyList<(string Year, string Member, DateTime Until)>> DueAsync(DateTime now, CancellationToken ct)
    {
        var options = impact.CurrentValue;
        MonthDay.TryParse(options.YearStart, out var yearStart); // validated at start
        var current = ReportPeriodParser.ProgramYear(zone.Today, yearStart);
        var previous = ReportPeriodParser.ProgramYear(current.From.AddDays(-1), yearStart);
        var due = new List<(string, string, DateTime)>();
        foreach (var year in new[] { previous, current })
        {
            var (fromUtc, toUtc) = year.Days.InUtc(zone);
            var firsts = (await sessions.HeldBetweenAsync(fromUtc, toUtc, ct))
                .GroupBy(s => s.MemberId, StringComparer.Ordinal)
                .Select(g => (Member: g.Key, Day: g.Min(s => s.StartUtc).AddMonths(options.FollowUpSurveyMonths)));
            due.AddRange(firsts.Where(f => f.Day <= now && now < f.Day + OpenFor).Select(f => (ProgramYearId(year), f.Member, f.Day + OpenFor)));
        }
        return due;
    }

    public static string ProgramYearId(ReportPeriod year) => year.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<FollowUpState> StateOfAsync(string programYear, string memberId, CancellationToken ct) =>
        FollowUpStore.StateOf(await store.FindAsync(programYear, memberId, ct), Now);

    public Task<FollowUpState> AnswerAsync(string programYear, string memberId, FollowUpForm form, CancellationToken ct) =>
        store.TryAnswerAsync(programYear, memberId, form, Now, ct);

    public static string Refusal(FollowUpState state) => state switch
    {
        FollowUpState.AlreadyAnswered => FollowUpTexts.AlreadyAnswered,
        FollowUpState.Closed => FollowUpTexts.Closed,
        _ => FollowUpTexts.NotYours,
    };

    /// <summary>Sends a DM; returns null once delivered, or the Slack error (already logged) when it was not.</summary>
    private async Task<string?> SendAsync(string member, string year, string text, CancellationToken ct)
    {
        try
        {
            await messenger.SendDirectAsync(member, new SlackMessage(FollowUpTexts.InvitationFallback,
                [SectionBlock.Markdown(text, new Button(ImpactIds.FollowUpOpen, FollowUpTexts.Button, year, ButtonStyle.Primary))]), ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            log.LogWarning("Follow-up survey DM not delivered ({Error})", ex.Error);
            return ex.Error;
        }
    }
}
