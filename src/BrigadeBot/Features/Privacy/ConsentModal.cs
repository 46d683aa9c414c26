using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common.Members;

namespace BrigadeBot.Features.Privacy;

/// <summary>
/// <c>/brigade consentements</c>'s modal: one separate, optional checkbox per purpose, ticked only when the member's
/// current choice is « granted ».
/// </summary>
public static class ConsentModal
{
    public static ModalView Build(IReadOnlyDictionary<string, bool> current)
    {
        var blocks = new List<Block> { SectionBlock.Markdown(PrivacyModalTexts.ConsentIntro) };
        foreach (var purpose in ConsentPurposes.All)
        {
            var option = new Option(purpose.Option, PrivacyIds.Granted, purpose.Description);
            blocks.Add(new InputBlock(PrivacyIds.ConsentBlock(purpose.Id), purpose.Title,
                new Checkboxes(PrivacyIds.Input, [option], current.GetValueOrDefault(purpose.Id) ? [option] : null), optional: true));
        }
        return new ModalView(PrivacyModalTexts.ConsentTitle, blocks, PrivacyModalTexts.Save, Common.CommonTexts.Cancel,
            PrivacyIds.ConsentModal);
    }

    /// <summary>Every purpose with the choice the form carries (an unticked box is a refusal).</summary>
    public static IReadOnlyDictionary<string, bool> Read(ViewPayload view) =>
        ConsentPurposes.All.ToDictionary(p => p.Id,
            p => view.State.SelectedValues(PrivacyIds.ConsentBlock(p.Id), PrivacyIds.Input).Contains(PrivacyIds.Granted));

    public static ModalView Saved(IReadOnlyDictionary<string, bool> current, bool statisticsWithdrawn)
    {
        var lines = ConsentPurposes.All.Select(p => PrivacyModalTexts.ConsentState(p.Title, current.GetValueOrDefault(p.Id)));
        var text = PrivacyModalTexts.ConsentSavedIntro + "\n" + string.Join('\n', lines)
            + (statisticsWithdrawn ? "\n\n" + PrivacyModalTexts.StatisticsWithdrawnNote : "");
        return new ModalView(PrivacyModalTexts.ConsentSavedTitle, [SectionBlock.Markdown(text)], close: PrivacyModalTexts.Close);
    }
}
