using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Booking;

/// <summary><c>/brigade corriger</c>'s list of the member's session recaps: each ticked one is withdrawn (deleted).</summary>
public sealed class RecapCorrection(RecapStore recaps, RecapDocuments documents) : IPersonalDataCorrection
{
    public string BlockId => BookingIds.RecapCorrectionBlock;
    public string Label => RecapTexts.CorrectionLabel;
    public string Hint => RecapTexts.CorrectionHint;
    public string Nothing => RecapTexts.CorrectionNothing;

    public async Task<IReadOnlyList<CorrectionChoice>> ChoicesAsync(string memberId, CancellationToken ct) =>
        (await recaps.OfMemberAsync(memberId, ct))
            .Select(r => new CorrectionChoice(r.BookingId, $"{documents.ThemeName(r.ThemeSlug)} · {documents.Date(r)}")).ToList();

    public async Task<CorrectionOutcome> ApplyAsync(string memberId, IReadOnlyList<string> values, CancellationToken ct) =>
        await recaps.DeleteAsync(memberId, values, ct);

    public string Done(int count) => RecapTexts.Corrected(count);
}
