using BrigadeBot.Features.Common;
using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Impact;

/// <summary>The post-session survey: satisfaction, progress, knowledge transfer, comment. The booking id travels in private_metadata.</summary>
public static class SurveyModal
{
    public const int MaxTransfer = 500;

    public static ModalView Build(string bookingId, string themeName)
    {
        var id = ImpactIds.Value;
        var scale = Enumerable.Range(1, 5).Select(n => new Option(n.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture)));
        var progress = ImpactTexts.ProgressChoices.Select(p => new Option(p.Label, p.Value.ToString()));
        Block[] blocks =
        [
            SectionBlock.Markdown(ImpactTexts.SurveyIntro(Mrkdwn.Escape(MemberText.Cut(themeName, 200)))),
            new InputBlock(ImpactIds.Satisfaction, ImpactTexts.SatisfactionLabel, new RadioButtons(id, scale)),
            new InputBlock(ImpactIds.Progress, ImpactTexts.ProgressLabel, new RadioButtons(id, progress)),
            new InputBlock(ImpactIds.Transfer, ImpactTexts.TransferLabel,
                new NumberInput(id, minValue: 0, maxValue: MaxTransfer), ImpactTexts.TransferHint),
            new InputBlock(ImpactIds.Comment, ImpactTexts.CommentLabel,
                new PlainTextInput(id, multiline: true, maxLength: 1000, placeholder: ImpactTexts.CommentPlaceholder),
                ImpactTexts.CommentHint, optional: true),
        ];
        return new ModalView(ImpactTexts.SurveyTitle, blocks, ImpactTexts.SurveySubmit, Common.CommonTexts.Cancel,
            ImpactIds.SurveyModal, bookingId);
    }

    /// <summary>The answer, or the errors keyed by block_id.</summary>
    public static (SurveyForm? Form, Dictionary<string, string> Errors) Read(ViewPayload view)
    {
        var state = view.State;
        var id = ImpactIds.Value;
        var errors = new Dictionary<string, string>();
        var satisfaction = int.TryParse(state.Text(ImpactIds.Satisfaction, id), NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            && s is >= 1 and <= 5 ? s : 0;
        if (satisfaction == 0) errors[ImpactIds.Satisfaction] = ImpactTexts.ChooseSatisfaction;
        var progress = Enum.TryParse<SurveyProgress>(state.Text(ImpactIds.Progress, id), out var p) && Enum.IsDefined(p) ? p : (SurveyProgress?)null;
        if (progress is null) errors[ImpactIds.Progress] = ImpactTexts.ChooseProgress;
        var transfer = int.TryParse(state.Text(ImpactIds.Transfer, id)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            && t <= MaxTransfer ? t : -1;
        if (transfer < 0) errors[ImpactIds.Transfer] = ImpactTexts.BadTransfer;
        var comment = state.Text(ImpactIds.Comment, id)?.Trim();
        if (errors.Count > 0) return (null, errors);
        return (new SurveyForm(satisfaction, progress!.Value, transfer, string.IsNullOrEmpty(comment) ? null : comment), errors);
    }
}
