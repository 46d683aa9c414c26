using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using LiteDB;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// Turns an animator's form into slots (one per week of repetition), refusing overlaps and slots closer than the buffer;
/// then tells who waits. Changes a published slot the same way (« Modifier » in the agenda).
/// </summary>
public sealed class SlotPublisher(SlotStore slots, BookingStore bookings, ThemeCatalog themes, BrigadeTimeZone zone, TimeProvider time,
    SessionDisplay display, SlackFollowUpQueue followUp, IOptionsMonitor<BookingOptions> options, BookingPolicy policy,
    BookingWaitlist waitlist, BookingReminders reminders, DataChanges changes)
{
    /// <summary>Field errors keyed by block_id; empty when the slots were published.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PublishAsync(string animatorId, SlotForm form, CancellationToken ct)
    {
        var errors = Validate(form);
        if (errors.Count > 0) return errors;

        var now = time.GetUtcNow().UtcDateTime;
        var offered = form.Themes.Where(s => themes.BySlug(s) is not null).Distinct().ToList();
        if (offered.Count == 0) offered = themes.All.Select(t => t.Slug).ToList();
        var series = ObjectId.NewObjectId().ToString();
        var batch = Enumerable.Range(0, form.Repeat!.Value + 1).Select(week =>
        {
            var start = zone.ToUtc(form.Date!.Value.AddDays(7 * week), form.Start!.Value).UtcDateTime;
            return new Slot
            {
                Id = ObjectId.NewObjectId().ToString(),
                AnimatorId = animatorId,
                StartUtc = start,
                EndUtc = start.AddMinutes(form.Duration!.Value),
                Capacity = form.Capacity!.Value,
                VideoLink = form.Link!,
                ThemeSlugs = offered,
                SeriesId = series,
                CreatedAtUtc = now,
            };
        }).ToList();
        if (batch[0].StartUtc <= now) return Error(BookingIds.SlotDate, BookingTexts.SlotInPast);

        var clash = await slots.TryPublishAsync(batch, policy.Buffer, ct);
        if (clash is not null) return ClashError(clash, batch.First(s => clash.Overlaps(s.StartUtc - policy.Buffer, s.EndUtc + policy.Buffer)));

        changes.Notify(DataChange.ForAnimators);
        waitlist.Announce(await bookings.OfferFreedAsync(batch.Select(s => s.Id).ToList(), policy.Rules(), ct));
        var whens = batch.Select(display.When).ToList();
        followUp.Enqueue("slots published", async (services, token) =>
        {
            var messenger = services.GetRequiredService<SlackMessenger>();
            await messenger.SendDirectAsync(animatorId, new SlackMessage(BookingMessageTexts.SlotsPublished(whens)), token);
            await services.GetRequiredService<SlotAlerts>().SendAsync(token);
        });
        return new Dictionary<string, string>();
    }

    /// <summary>Changes the animator's slot; field errors keyed by block_id, empty when done (participants are then told).</summary>
    public async Task<IReadOnlyDictionary<string, string>> EditAsync(string animatorId, string slotId, SlotForm form, CancellationToken ct)
    {
        var errors = Validate(form with { Repeat = 0 });
        if (errors.Count > 0) return errors;
        var start = zone.ToUtc(form.Date!.Value, form.Start!.Value).UtcDateTime;
        if (start <= time.GetUtcNow().UtcDateTime) return Error(BookingIds.SlotDate, BookingTexts.SlotInPast);
        var edit = new SlotEdit(start, start.AddMinutes(form.Duration!.Value), form.Link!, form.Capacity!.Value);
        var outcome = await bookings.EditSlotAsync(slotId, animatorId, edit, policy.Buffer, policy.Rules(), ct);
        if (outcome.Refused) return Error(BookingIds.SlotDate, BookingTexts.NotYourSlot);
        if (outcome.Taken is { } taken) return Error(BookingIds.SlotCapacity, BookingTexts.CapacityBelowTaken(taken));
        if (outcome.Clash is { } clash) return ClashError(clash, new Slot { StartUtc = edit.StartUtc, EndUtc = edit.EndUtc });

        changes.Notify(DataChange.ForAnimators);
        foreach (var booking in outcome.Changed)
        {
            changes.Notify(DataChange.ForAnimatorsAnd(booking.MemberId));
            await reminders.UnscheduleAsync(booking.Id, ct);
        }
        waitlist.Announce(outcome.Offers);
        var changed = outcome.Changed.ToList();
        if (changed.Count > 0)
        {
            var what = BookingTexts.SlotChanges(outcome.Moved, outcome.Relinked);
            followUp.Enqueue("slot changed", async (services, token) =>
            {
                var notifier = services.GetRequiredService<BookingNotifier>();
                var scheduled = services.GetRequiredService<BookingReminders>();
                foreach (var booking in changed)
                {
                    await scheduled.ScheduleAsync(booking, token);
                    await notifier.SlotChangedAsync(booking.Id, what, token);
                }
            });
        }
        return new Dictionary<string, string>();
    }

    private Dictionary<string, string> ClashError(Slot clash, Slot wanted) => clash.Overlaps(wanted.StartUtc, wanted.EndUtc)
        ? Error(BookingIds.SlotStart, BookingTexts.SlotOverlap(display.When(clash)))
        : Error(BookingIds.SlotStart, BookingTexts.SlotTooClose(display.When(clash), (int)policy.Buffer.TotalMinutes));

    private Dictionary<string, string> Validate(SlotForm form)
    {
        var errors = new Dictionary<string, string>();
        if (form.Date is null) errors[BookingIds.SlotDate] = BookingTexts.MissingDate;
        else if (form.Date > zone.Today.AddYears(2)) errors[BookingIds.SlotDate] = BookingTexts.DateTooFar;
        if (form.Start is null) errors[BookingIds.SlotStart] = BookingTexts.MissingTime;
        if (form.Duration is not (>= 15 and <= 480)) errors[BookingIds.SlotDuration] = BookingTexts.BadDuration;
        var max = options.CurrentValue.MaxRepeatWeeks;
        if (form.Repeat is not { } repeat || repeat < 0 || repeat > max) errors[BookingIds.SlotRepeat] = BookingTexts.BadRepeat(max);
        if (form.Capacity is not (>= 1 and <= 50)) errors[BookingIds.SlotCapacity] = BookingTexts.BadCapacity;
        if (!Mrkdwn.IsSafeLinkUrl(form.Link) || form.Link!.Length > 500) errors[BookingIds.SlotLink] = BookingTexts.BadLink;
        return errors;
    }

    private static Dictionary<string, string> Error(string block, string message) => new() { [block] = message };
}
