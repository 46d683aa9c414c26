using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Features.Events;

/// <summary>
/// The <c>events</c> collection: conferences, their registrations, waiting list, reminders and attendance. Every
/// read-modify-write goes through the one writer, so a burst of clicks never exceeds the capacity nor loses a place.
/// </summary>
public sealed partial class EventStore(BrigadeDatabase database, TimeProvider time) : IStoreSetup
{
    public const string Collection = "events";

    public void EnsureIndexes(ILiteDatabase db)
    {
        Events(db).EnsureIndex(e => e.Status);
        Events(db).EnsureIndex(e => e.StartsAtUtc);
    }

    internal static ILiteCollection<Conference> Events(ILiteDatabase db) => db.GetCollection<Conference>(Collection);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public Task<Conference> AddAsync(EventDraft draft, string animatorId, CancellationToken ct)
    {
        var now = Now;
        var conference = new Conference { CreatedBy = animatorId, CreatedAtUtc = now, Status = ConferenceStatus.Scheduled };
        Apply(conference, draft, now);
        return database.WriteAsync(db =>
        {
            Events(db).Insert(conference);
            return conference;
        }, ct);
    }

    /// <summary>
    /// Applies the animator's changes to a coming conference and raises its SEQUENCE; a larger capacity gives places to
    /// the first in line. Refused when the capacity falls below the registrations.
    /// </summary>
    public Task<EventEdit> EditAsync(int id, EventDraft draft, CancellationToken ct)
    {
        var now = Now;
        return database.WriteAsync(db =>
        {
            var conference = Events(db).FindById(id);
            if (conference is null || !IsComing(conference, now)) return new EventEdit(conference, EventsTexts.NotEditable, [], false);
            if (draft.Capacity < conference.RegisteredIds.Count)
                return new EventEdit(conference, EventsTexts.CapacityBelowRegistered(conference.RegisteredIds.Count), [], false);
            var moved = conference.StartsAtUtc != draft.StartsAtUtc;
            Apply(conference, draft, now);
            conference.Sequence++;
            if (moved)
            {
                conference.Reminder24hSentAtUtc = null;
                conference.Reminder1hSentAtUtc = null;
            }
            var promoted = Promote(conference);
            Events(db).Update(conference);
            return new EventEdit(conference, null, promoted, moved);
        }, ct);
    }

    /// <summary>Cancels a coming conference (SEQUENCE raised for the calendars); <c>false</c> when already cancelled or past.</summary>
    public Task<(bool Cancelled, Conference? Conference)> CancelAsync(int id, CancellationToken ct)
    {
        var now = Now;
        return database.WriteAsync(db =>
        {
            var conference = Events(db).FindById(id);
            if (conference is null || !IsComing(conference, now)) return (false, conference);
            conference.Status = ConferenceStatus.Cancelled;
            conference.CancelledAtUtc = now;
            conference.UpdatedAtUtc = now;
            conference.Sequence++;
            Events(db).Update(conference);
            return (true, conference);
        }, ct);
    }

    public Task<Conference?> FindAsync(int id, CancellationToken ct = default) =>
        database.ReadAsync<Conference?>(db => Events(db).FindById(id), ct);

    public Task SetMessageAsync(int id, string channelId, string ts, CancellationToken ct) =>
        database.WriteAsync(db =>
        {
            if (Events(db).FindById(id) is not { } conference) return;
            conference.ChannelId = channelId;
            conference.MessageTs = ts;
            Events(db).Update(conference);
        }, ct);

    /// <summary>Scheduled conferences not started yet, soonest first.</summary>
    /// <summary>
    /// Scheduled conferences not over yet, those under way included: what the triggers are rebuilt from at start (one that
    /// began while the bot was down still needs its announcement closed).
    /// </summary>
    public Task<IReadOnlyList<Conference>> NotOverAsync(CancellationToken ct = default)
    {
        var now = Now;
        // The end is computed, not stored: every conference that started within the longest allowed length is read.
        var earliest = now.AddMinutes(-EventDraft.MaxDurationMinutes);
        return database.ReadAsync<IReadOnlyList<Conference>>(db => Events(db)
            .Find(e => e.Status == ConferenceStatus.Scheduled && e.StartsAtUtc > earliest).AsEnumerable()
            .Where(e => e.EndsAtUtc > now).OrderBy(e => e.StartsAtUtc).ToList(), ct);
    }

    public Task<IReadOnlyList<Conference>> ComingAsync(CancellationToken ct = default)
    {
        var now = Now;
        return database.ReadAsync<IReadOnlyList<Conference>>(db => Events(db)
            .Find(e => e.Status == ConferenceStatus.Scheduled && e.StartsAtUtc > now).OrderBy(e => e.StartsAtUtc).ToList(), ct);
    }

    /// <summary>Scheduled conferences that started since <paramref name="sinceUtc"/>, latest first: where attendance is marked.</summary>
    public Task<IReadOnlyList<Conference>> StartedSinceAsync(DateTime sinceUtc, CancellationToken ct = default)
    {
        var now = Now;
        return database.ReadAsync<IReadOnlyList<Conference>>(db => Events(db)
            .Find(e => e.Status == ConferenceStatus.Scheduled && e.StartsAtUtc >= sinceUtc && e.StartsAtUtc <= now)
            .OrderByDescending(e => e.StartsAtUtc).ToList(), ct);
    }

    /// <summary>Conferences held (scheduled, started by now) that started in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    public Task<IReadOnlyList<Conference>> HeldBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default)
    {
        var now = Now;
        return database.ReadAsync<IReadOnlyList<Conference>>(db => Events(db)
            .Find(e => e.Status == ConferenceStatus.Scheduled && e.StartsAtUtc >= fromUtc && e.StartsAtUtc < toUtc)
            .Where(e => e.StartsAtUtc <= now).OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id).ToList(), ct);
    }

    /// <summary>Every conference, cancelled ones included, ending after <paramref name="fromUtc"/>, soonest first.</summary>
    public Task<IReadOnlyList<Conference>> EndingAfterAsync(DateTime fromUtc, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Conference>>(db => Events(db).FindAll().Where(e => e.EndsAtUtc > fromUtc)
            .OrderBy(e => e.StartsAtUtc).ToList(), ct);

    /// <summary>
    /// Takes a place if one is left, else a place in the waiting list, atomically: when many click for the last place,
    /// one gets it and the others wait in the order they clicked.
    /// </summary>
    public Task<EventRegistration> RegisterAsync(int id, string memberId, CancellationToken ct) =>
        Registration(id, ct, conference =>
        {
            if (conference.RegisteredIds.Contains(memberId)) return (EventRegistrationResult.AlreadyRegistered, []);
            if (conference.WaitingIds.Contains(memberId)) return (EventRegistrationResult.AlreadyWaiting, []);
            if (conference.IsFull)
            {
                conference.WaitingIds.Add(memberId);
                return (EventRegistrationResult.Waitlisted, []);
            }
            conference.RegisteredIds.Add(memberId);
            return (EventRegistrationResult.Registered, []);
        });

    /// <summary>Frees the member's place, which goes to the first in line in the same write; or leaves the waiting list.</summary>
    public Task<EventRegistration> UnregisterAsync(int id, string memberId, CancellationToken ct) =>
        Registration(id, ct, conference =>
        {
            if (conference.WaitingIds.Remove(memberId)) return (EventRegistrationResult.LeftWaitlist, []);
            if (!conference.RegisteredIds.Remove(memberId)) return (EventRegistrationResult.NotRegistered, []);
            return (EventRegistrationResult.Unregistered, Promote(conference));
        });

    /// <summary>
    /// Marks a reminder of the conference starting at <paramref name="startsAtUtc"/> done (each registrant's own mark kept
    /// it to one DM each), so no trigger runs it again; a conference moved meanwhile keeps its new reminders.
    /// </summary>
    public Task FinishReminderAsync(int id, EventReminderKind kind, DateTime startsAtUtc, CancellationToken ct)
    {
        var now = Now;
        return database.WriteAsync(db =>
        {
            var conference = Events(db).FindById(id);
            if (conference is null || conference.StartsAtUtc != startsAtUtc || kind == EventReminderKind.Start) return;
            if (kind == EventReminderKind.DayBefore) conference.Reminder24hSentAtUtc ??= now;
            else conference.Reminder1hSentAtUtc ??= now;
            Events(db).Update(conference);
        }, ct);
    }

    /// <summary>
    /// Records who came (among the registrants) and the replay link, once the conference has started. The replay goes
    /// once, to the registrants not marked present, the first time a link is known.
    /// </summary>
    public Task<AttendanceOutcome?> MarkAttendanceAsync(int id, IReadOnlyCollection<string> present, string? replayUrl, CancellationToken ct)
    {
        var now = Now;
        return database.WriteAsync(db =>
        {
            var conference = Events(db).FindById(id);
            if (conference is not { Status: ConferenceStatus.Scheduled } || conference.StartsAtUtc > now) return null;
            var attended = conference.RegisteredIds.Where(present.Contains).ToList();
            var newly = attended.Except(conference.AttendedIds).ToList();
            conference.AttendedIds = attended;
            conference.AttendanceMarkedAtUtc = now;
            conference.ReplayUrl = replayUrl;
            List<string> replayTo = [];
            if (replayUrl is not null && conference.ReplaySentAtUtc is null)
            {
                replayTo = conference.RegisteredIds.Except(attended).ToList();
                conference.ReplaySentAtUtc = now;
            }
            Events(db).Update(conference);
            return new AttendanceOutcome(conference, newly, replayTo);
        }, ct);
    }

    private Task<EventRegistration> Registration(int id, CancellationToken ct,
        Func<Conference, (EventRegistrationResult, IReadOnlyList<string>)> change)
    {
        var now = Now;
        return database.WriteAsync(db =>
        {
            var conference = Events(db).FindById(id);
            if (conference is null) return new EventRegistration(EventRegistrationResult.NotFound, null, []);
            if (!IsComing(conference, now)) return new EventRegistration(EventRegistrationResult.Closed, conference, []);
            var (result, promoted) = change(conference);
            var outcome = new EventRegistration(result, conference, promoted);
            if (outcome.Changed) Events(db).Update(conference);
            return outcome;
        }, ct);
    }

    /// <summary>Gives the places left to the first in line; returns who got one.</summary>
    private static List<string> Promote(Conference conference)
    {
        var promoted = new List<string>();
        while (conference.WaitingIds.Count > 0 && !conference.IsFull)
        {
            var first = conference.WaitingIds[0];
            conference.WaitingIds.RemoveAt(0);
            conference.RegisteredIds.Add(first);
            promoted.Add(first);
        }
        return promoted;
    }

    private static bool IsComing(Conference conference, DateTime nowUtc) =>
        conference.Status == ConferenceStatus.Scheduled && conference.StartsAtUtc > nowUtc;

    private static void Apply(Conference conference, EventDraft draft, DateTime nowUtc)
    {
        conference.Title = draft.Title;
        conference.Speakers = draft.Speakers;
        conference.StartsAtUtc = draft.StartsAtUtc;
        conference.DurationMinutes = draft.DurationMinutes;
        conference.Format = draft.Format;
        conference.Place = draft.Place;
        conference.Link = draft.Link;
        conference.Capacity = draft.Capacity;
        conference.ThemeSlug = draft.ThemeSlug;
        conference.Description = draft.Description;
        conference.UpdatedAtUtc = nowUtc;
    }
}
