using Brigade.Slack.BlockKit;
using Brigade.Slack.FollowUp;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using LiteDB;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Booking;

/// <summary>Turns an animator's form into slots (one per week of repetition), refusing overlaps; then tells who waits.</summary>
public sealed class SlotPublisher(SlotStore slots, ThemeCatalog themes, BrigadeTimeZone zone, TimeProvider time,
    SessionDisplay display, SlackFollowUpQueue followUp, IOptionsMonitor<BookingOptions> options, DataChanges changes)
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

        var clash = await slots.TryPublishAsync(batch, ct);
        if (clash is not null) return Error(BookingIds.SlotStart, BookingTexts.SlotOverlap(display.When(clash)));

        changes.Notify(DataChange.ForAnimators);
        var whens = batch.Select(display.When).ToList();
        followUp.Enqueue("slots published", async (services, token) =>
        {
            var messenger = services.GetRequiredService<SlackMessenger>();
            await messenger.SendDirectAsync(animatorId, new SlackMessage(BookingMessageTexts.SlotsPublished(whens)), token);
            await services.GetRequiredService<SlotAlerts>().SendAsync(token);
        });
        return new Dictionary<string, string>();
    }

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
