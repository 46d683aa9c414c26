using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Impact;

/// <summary>
/// The follow-up survey's <c>followup_invitations</c> (who was sent which program year's survey, while it is open),
/// <c>followup_answers</c> (anonymous) and <c>followup_tallies</c> (members invited per program year). Answer and
/// « answered » mark are written in one transaction, so a member gets one answer per program year.
/// </summary>
public sealed partial class FollowUpStore(BrigadeDatabase database) : IStoreSetup
{
    public const string Invitations = "followup_invitations";
    public const string Answers = "followup_answers";
    public const string Tallies = "followup_tallies";

    public void EnsureIndexes(ILiteDatabase db)
    {
        InvitationCollection(db).EnsureIndex(i => i.MemberId);
        InvitationCollection(db).EnsureIndex(i => i.ClosesAtUtc);
        AnswerCollection(db).EnsureIndex(a => a.ProgramYear);
        TallyCollection(db).EnsureIndex(t => t.Invited);
    }

    private static ILiteCollection<FollowUpInvitation> InvitationCollection(ILiteDatabase db) => db.GetCollection<FollowUpInvitation>(Invitations);
    private static ILiteCollection<FollowUpAnswer> AnswerCollection(ILiteDatabase db) => db.GetCollection<FollowUpAnswer>(Answers);
    private static ILiteCollection<FollowUpTally> TallyCollection(ILiteDatabase db) => db.GetCollection<FollowUpTally>(Tallies);

    public Task<bool> WasInvitedAsync(string programYear, string memberId, CancellationToken ct) =>
        database.ReadAsync(db => InvitationCollection(db).FindById(FollowUpInvitation.IdOf(programYear, memberId)) is not null, ct);

    /// <summary>Records the invitation and counts it in the year's tally, once; false when the member was already invited.</summary>
    public Task<bool> TryInviteAsync(string programYear, string memberId, DateTime nowUtc, DateTime closesAtUtc, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var invitations = InvitationCollection(db);
            var id = FollowUpInvitation.IdOf(programYear, memberId);
            if (invitations.FindById(id) is not null) return false;
            invitations.Insert(new FollowUpInvitation
            {
                Id = id, MemberId = memberId, ProgramYear = programYear, SentAtUtc = nowUtc, ClosesAtUtc = closesAtUtc,
            });
            var tallies = TallyCollection(db);
            var tally = tallies.FindById(programYear) ?? new FollowUpTally { ProgramYear = programYear };
            tally.Invited++;
            tallies.Upsert(tally);
            return true;
        }, ct);

    /// <summary>Hands an invitation Slack could not deliver back (uncounted), so that a later run sends it.</summary>
    public Task ForgetInvitationAsync(string programYear, string memberId, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            if (!InvitationCollection(db).Delete(FollowUpInvitation.IdOf(programYear, memberId))) return;
            var tallies = TallyCollection(db);
            if (tallies.FindById(programYear) is not { Invited: > 0 } tally) return;
            tally.Invited--;
            tallies.Update(tally);
        }, ct);

    /// <summary>Hands a reminder Slack could not deliver back, so that a later run sends it.</summary>
    public Task ForgetReminderAsync(string programYear, string memberId, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            if (InvitationCollection(db).FindById(FollowUpInvitation.IdOf(programYear, memberId)) is not { } invitation) return;
            invitation.RemindedAtUtc = null;
            InvitationCollection(db).Update(invitation);
        }, ct);

    /// <summary>Open, unanswered invitations sent before <paramref name="sentBeforeUtc"/> and not reminded yet; each is marked reminded.</summary>
    public Task<IReadOnlyList<FollowUpInvitation>> TakeRemindersAsync(DateTime sentBeforeUtc, DateTime nowUtc, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<FollowUpInvitation>>(db =>
        {
            var invitations = InvitationCollection(db);
            var due = invitations.Find(i => i.SentAtUtc <= sentBeforeUtc && i.ClosesAtUtc > nowUtc).ToList()
                .Where(i => !i.Answered && i.RemindedAtUtc is null).ToList();
            foreach (var invitation in due)
            {
                invitation.RemindedAtUtc = nowUtc;
                invitations.Update(invitation);
            }
            return due;
        }, ct);

    public Task<FollowUpInvitation?> FindAsync(string programYear, string memberId, CancellationToken ct) =>
        database.ReadAsync<FollowUpInvitation?>(db => InvitationCollection(db).FindById(FollowUpInvitation.IdOf(programYear, memberId)), ct);

    public static FollowUpState StateOf(FollowUpInvitation? invitation, DateTime nowUtc) =>
        invitation is null ? FollowUpState.NotYours
        : nowUtc >= invitation.ClosesAtUtc ? FollowUpState.Closed
        : invitation.Answered ? FollowUpState.AlreadyAnswered
        : FollowUpState.Open;

    /// <summary>Stores the anonymous answer and marks the invitation answered in one write, when it is open.</summary>
    public Task<FollowUpState> TryAnswerAsync(string programYear, string memberId, FollowUpForm form, DateTime nowUtc, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            var invitations = InvitationCollection(db);
            var invitation = invitations.FindById(FollowUpInvitation.IdOf(programYear, memberId));
            var state = StateOf(invitation, nowUtc);
            if (state != FollowUpState.Open) return state;
            invitation!.Answered = true;
            invitations.Update(invitation);
            var published = form.Testimonial is not null ? form.Publication : FollowUpPublication.NotPublished;
            AnswerCollection(db).Insert(new FollowUpAnswer
            {
                ProgramYear = programYear,
                Shared = form.Shared,
                ConcreteStep = form.ConcreteStep,
                MostHelpful = form.MostHelpful,
                Stage = form.Stage,
                Testimonial = form.Testimonial,
                Publication = published,
                FirstName = published == FollowUpPublication.FirstName ? form.FirstName : null,
            });
            return FollowUpState.Open;
        }, ct);

    /// <summary>
    /// Deletes the invitations closed for a day (meanwhile a late click hears « fermé »); the answers and the tallies stay,
    /// tied to nobody.
    /// </summary>
    public Task<int> DeleteClosedAsync(DateTime nowUtc, CancellationToken ct) =>
        database.WriteAsync(db => DeleteClosed(db, nowUtc), ct);

    private static int DeleteClosed(ILiteDatabase db, DateTime nowUtc)
    {
        var cutoff = nowUtc - ClosedKept;
        return InvitationCollection(db).DeleteMany(i => i.ClosesAtUtc <= cutoff);
    }

    public static readonly TimeSpan ClosedKept = TimeSpan.FromDays(1);

    /// <summary>The answers and the number invited for the program years starting in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public Task<(IReadOnlyList<FollowUpAnswer> Answers, int Invited)> OfYearsStartingAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        database.ReadAsync<(IReadOnlyList<FollowUpAnswer>, int)>(db =>
        {
            bool Within(string year) => DateOnly.TryParseExact(year, "yyyy-MM-dd", out var day) && day >= from && day < to;
            var answers = AnswerCollection(db).FindAll().Where(a => Within(a.ProgramYear)).ToList();
            return (answers, TallyCollection(db).FindAll().Where(t => Within(t.ProgramYear)).Sum(t => t.Invited));
        }, ct);
}
