using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>The form of <c>/brigade codev</c>: when, where, how long, how many, and which open proposal.</summary>
public static class MeetingModal
{
    public const int MaxTopics = 100;

    /// <param name="ranked">Open proposals, most voted first (the first one is preselected).</param>
    public static ModalView Build(IReadOnlyList<CodevProposal> ranked, ReplyTarget target)
    {
        var options = ranked.Take(MaxTopics)
            .Select(p => new Option(MeetingTexts.TopicOption(p.Votes, p.Problem), p.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return new ModalView(MeetingTexts.ModalTitle,
        [
            SectionBlock.Markdown(MeetingTexts.ModalIntro),
            new InputBlock(CodevIds.DateBlock, MeetingTexts.DateLabel, new DatePicker(CodevIds.Input)),
            new InputBlock(CodevIds.StartBlock, MeetingTexts.StartLabel, new TimePicker(CodevIds.Input)),
            new InputBlock(CodevIds.PlaceBlock, MeetingTexts.PlaceLabel,
                new PlainTextInput(CodevIds.Input, MeetingTexts.DefaultPlace, maxLength: MeetingTexts.PlaceMax)),
            new InputBlock(CodevIds.DurationBlock, MeetingTexts.DurationLabel,
                new NumberInput(CodevIds.Input, initialValue: MeetingTexts.DefaultDuration, minValue: 15, maxValue: 480)),
            new InputBlock(CodevIds.CapacityBlock, MeetingTexts.CapacityLabel,
                new NumberInput(CodevIds.Input, minValue: 1, maxValue: 100)),
            new InputBlock(CodevIds.TopicBlock, MeetingTexts.TopicLabel, new StaticSelect(CodevIds.Input, options, options[0]),
                hint: MeetingTexts.TopicHint),
        ], submit: MeetingTexts.ModalSubmit, close: Common.CommonTexts.Cancel, callbackId: CodevIds.MeetingModal,
            privateMetadata: target.ToMetadata());
    }

    public static MeetingForm Read(ViewPayload view) => new(
        view.State.Text(CodevIds.DateBlock, CodevIds.Input),
        view.State.Text(CodevIds.StartBlock, CodevIds.Input),
        view.State.Text(CodevIds.PlaceBlock, CodevIds.Input),
        view.State.Text(CodevIds.DurationBlock, CodevIds.Input),
        view.State.Text(CodevIds.CapacityBlock, CodevIds.Input),
        view.State.Text(CodevIds.TopicBlock, CodevIds.Input));
}
