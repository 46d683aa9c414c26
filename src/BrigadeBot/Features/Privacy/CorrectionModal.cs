using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Booking;

namespace BrigadeBot.Features.Privacy;

/// <summary>A line the member may tick in the correction modal (a coming booking, an open proposal).</summary>
public sealed record CorrectionChoice(string Value, string Text);

public sealed record CorrectionForm(string? Category, IReadOnlyList<string> BookingIds, IReadOnlyList<int> ProposalIds);

/// <summary><c>/brigade corriger</c>'s modal: the category (current one chosen), coming bookings, open proposals.</summary>
public static class CorrectionModal
{
    public static ModalView Build(string? category, IReadOnlyList<CorrectionChoice> bookings, IReadOnlyList<CorrectionChoice> proposals)
    {
        var categories = BookingTexts.Categories.Select(c => new Option(c.Label, c.Value)).ToList();
        var blocks = new List<Block>
        {
            SectionBlock.Markdown(PrivacyModalTexts.CorrectIntro),
            new InputBlock(PrivacyIds.CategoryBlock, PrivacyModalTexts.CategoryLabel,
                new RadioButtons(PrivacyIds.Input, categories, categories.FirstOrDefault(o => o.Value == category)), optional: true),
        };
        blocks.Add(bookings.Count == 0
            ? SectionBlock.Markdown(PrivacyModalTexts.NoBookings)
            : Choices(PrivacyIds.CancelBookingsBlock, PrivacyModalTexts.CancelBookingsLabel, PrivacyModalTexts.CancelBookingsHint, bookings));
        blocks.Add(proposals.Count == 0
            ? SectionBlock.Markdown(PrivacyModalTexts.NoProposals)
            : Choices(PrivacyIds.WithdrawBlock, PrivacyModalTexts.WithdrawLabel, PrivacyModalTexts.WithdrawHint, proposals));
        return new ModalView(PrivacyModalTexts.CorrectTitle, blocks, PrivacyModalTexts.CorrectSubmit, Common.CommonTexts.Cancel,
            PrivacyIds.CorrectModal);
    }

    public static CorrectionForm Read(ViewPayload view)
    {
        var category = view.State.Text(PrivacyIds.CategoryBlock, PrivacyIds.Input);
        return new CorrectionForm(
            BookingTexts.Categories.Any(c => c.Value == category) ? category : null,
            view.State.SelectedValues(PrivacyIds.CancelBookingsBlock, PrivacyIds.Input),
            view.State.SelectedValues(PrivacyIds.WithdrawBlock, PrivacyIds.Input)
                .Select(v => int.TryParse(v, out var id) ? id : 0).Where(id => id > 0).ToList());
    }

    public static ModalView Done(bool category, int cancelled, int withdrawn) => new(PrivacyModalTexts.CorrectedTitle,
        [SectionBlock.Markdown(PrivacyModalTexts.Corrected(category, cancelled, withdrawn))], close: PrivacyModalTexts.Close);

    // Checkboxes hold at most 10 options: the soonest bookings, the newest proposals.
    private static InputBlock Choices(string blockId, string label, string hint, IReadOnlyList<CorrectionChoice> choices) =>
        new(blockId, label, new Checkboxes(PrivacyIds.Input, choices.Take(10).Select(c => new Option(MemberText.Cut(c.Text, 75), c.Value))),
            hint, optional: true);
}
