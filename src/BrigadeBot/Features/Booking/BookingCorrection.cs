using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// <c>/brigade corriger</c>'s list of coming bookings: each ticked one is cancelled through the booking service, so its
/// reminders go and its animator is told.
/// </summary>
public sealed class BookingCorrection(BookingStore bookings, BookingService service, SessionDisplay display, TimeProvider time)
    : IPersonalDataCorrection
{
    public string BlockId => BookingIds.CorrectionBlock;
    public string Label => BookingTexts.CorrectionLabel;
    public string Hint => BookingTexts.CorrectionHint;
    public string Nothing => BookingTexts.CorrectionNothing;

    public async Task<IReadOnlyList<CorrectionChoice>> ChoicesAsync(string memberId, CancellationToken ct) =>
        (await bookings.UpcomingOfAsync(memberId, time.GetUtcNow().UtcDateTime, ct))
            .Select(b => new CorrectionChoice(b.Id, $"{display.ThemeName(b.ThemeSlug)} · {display.When(b)}")).ToList();

    public async Task<int> ApplyAsync(string memberId, IReadOnlyList<string> values, CancellationToken ct)
    {
        var cancelled = 0;
        foreach (var id in values)
            if ((await service.CancelByMemberAsync(id, memberId, ct)).Result == CancelResult.Cancelled) cancelled++;
        return cancelled;
    }

    public string Done(int count) => BookingTexts.Corrected(count);
}
