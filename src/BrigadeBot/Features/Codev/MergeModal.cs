using BrigadeBot.Features.Common;
using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Codev;

/// <summary>« Fusionner… »: the open proposal to merge into, most voted first; the merged one travels in the target.</summary>
public static class MergeModal
{
    public static ModalView Build(CodevProposal source, IReadOnlyList<CodevProposal> others, ReplyTarget target)
    {
        var options = others.Take(MeetingModal.MaxTopics)
            .Select(p => new Option(MeetingTexts.TopicOption(p.Votes, p.Problem), p.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return new ModalView(CodevTexts.MergeTitle,
        [
            SectionBlock.Markdown(CodevTexts.MergeIntro(source.Id, source.Problem)),
            new InputBlock(CodevIds.MergeTargetBlock, CodevTexts.MergeTargetLabel, new StaticSelect(CodevIds.Input, options, options[0])),
        ], submit: CodevTexts.MergeSubmit, close: Common.CommonTexts.Cancel, callbackId: CodevIds.MergeModal, privateMetadata: target.ToMetadata());
    }

    public static int? TargetOf(ViewPayload view) =>
        int.TryParse(view.State.Text(CodevIds.MergeTargetBlock, CodevIds.Input), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
