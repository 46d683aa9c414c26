using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// <c>/brigade corriger</c>'s list of coming bookings: each ticked one is cancelled through the booking service, so its
/// reminders go and its animator is told.
/// </summary>
public sealed class BookingCorrection(BookingStore bookings, BookingService service, BookingPolicy policy, SessionDisplay display,
    TimeProvider time)
    : IPersonalDataCorrection
{
    public string BlockId => BookingIds.CorrectionBlock;
    public string Label => BookingTexts.CorrectionLabel;
    public string Hint => BookingTexts.CorrectionHint;
    public string Nothing => BookingTexts.CorrectionNothing;

    public async Task<IReadOnlyList<CorrectionChoice>> ChoicesAsync(string memberId, CancellationToken ct) =>
        (await bookings.UpcomingOfAsync(memberId, time.GetUtcNow().UtcDateTime, ct))
            .Select(b => new CorrectionChoice(b.Id, $"{display.ThemeName(b.ThemeSlug)} · {display.When(b)}")).ToList();

    /// <summary>Cancels each ticked booking; one within the late-cancellation notice stays, and the answer says why.</summary>
    public async Task<CorrectionOutcome> ApplyAsync(string memberId, IReadOnlyList<string> values, CancellationToken ct)
    {
        var cancelled = 0;
        var tooLate = new List<string>();
        foreach (var id in values)
        {
            var (result, booking) = await service.CancelByMemberAsync(id, memberId, ct);
            if (result == CancelResult.Cancelled) cancelled++;
            else if (result == CancelResult.TooLate && booking is not null)
                tooLate.Add(BookingTexts.CorrectionTooLate(Mrkdwn.Escape(display.ThemeName(booking.ThemeSlug)), display.When(booking),
                    policy.CancelNoticeHours, Mrkdwn.User(booking.AnimatorId)));
        }
        return new CorrectionOutcome(cancelled, tooLate);
    }

    public string Done(int count) => BookingTexts.Corrected(count);
}
