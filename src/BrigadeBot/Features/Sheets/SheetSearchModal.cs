using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Sheets;

/// <summary>
/// The search opened from the App Home (which has no channel to answer in): the words to search, and once submitted,
/// the same modal with the results below, ready for another search.
/// </summary>
public static class SheetSearchModal
{
    public const int QueryMax = 200;

    public static ModalView Build(string? query = null, IEnumerable<Block>? results = null) =>
        new(SheetsTexts.SearchTitle,
        [
            new InputBlock(SheetsIds.QueryBlock, SheetsTexts.QueryLabel,
                new PlainTextInput(SheetsIds.Value, Cut(query), maxLength: QueryMax, placeholder: SheetsTexts.QueryPlaceholder)),
            .. results ?? [],
        ],
        submit: SheetsTexts.SearchSubmit, close: SheetsTexts.SearchClose, callbackId: SheetsIds.SearchModal);

    /// <summary>The words typed, trimmed; empty when none.</summary>
    public static string Read(ViewPayload view) => (view.State.Text(SheetsIds.QueryBlock, SheetsIds.Value) ?? "").Trim();

    private static string? Cut(string? query) => query is { Length: > QueryMax } ? query[..QueryMax] : query;
}
