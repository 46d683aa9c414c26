using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Privacy;

/// <summary>
/// <c>/brigade corriger</c>'s modal: the category (current one chosen), then one list per feature that contributes one
/// (coming bookings, open proposals), in registration order.
/// </summary>
public static class CorrectionModal
{
    public static ModalView Build(string? category, IEnumerable<CorrectionList> lists)
    {
        var categories = MemberCategories.All.Select(c => new Option(c.Label, c.Value)).ToList();
        var blocks = new List<Block>
        {
            SectionBlock.Markdown(PrivacyModalTexts.CorrectIntro),
            new InputBlock(PrivacyIds.CategoryBlock, PrivacyModalTexts.CategoryLabel,
                new RadioButtons(PrivacyIds.Input, categories, categories.FirstOrDefault(o => o.Value == category)), optional: true),
        };
        foreach (var (correction, choices) in lists)
            blocks.Add(choices.Count == 0 ? SectionBlock.Markdown(correction.Nothing) : Choices(correction, choices));
        return new ModalView(PrivacyModalTexts.CorrectTitle, blocks, PrivacyModalTexts.CorrectSubmit, CommonTexts.Cancel,
            PrivacyIds.CorrectModal);
    }

    /// <summary>The category chosen, when it is one we know.</summary>
    public static string? Category(ViewPayload view) =>
        view.State.Text(PrivacyIds.CategoryBlock, PrivacyIds.Input) is var category && MemberCategories.IsKnown(category) ? category : null;

    public static IReadOnlyList<string> Ticked(ViewPayload view, IPersonalDataCorrection correction) =>
        view.State.SelectedValues(correction.BlockId, PrivacyIds.Input);

    public static ModalView Done(bool category, IReadOnlyList<string> changes) => new(PrivacyModalTexts.CorrectedTitle,
        [SectionBlock.Markdown(PrivacyModalTexts.Corrected(category, changes))], close: PrivacyModalTexts.Close);

    // Checkboxes hold at most 10 options: the first ten the feature lists (soonest bookings, newest proposals).
    private static InputBlock Choices(IPersonalDataCorrection correction, IReadOnlyList<CorrectionChoice> choices) =>
        new(correction.BlockId, correction.Label,
            new Checkboxes(PrivacyIds.Input, choices.Take(10).Select(c => new Option(MemberText.Cut(c.Text, 75), c.Value))),
            correction.Hint, optional: true);
}
