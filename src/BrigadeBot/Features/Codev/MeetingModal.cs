using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Scheduling;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The form of <c>/brigade codev</c>: when, where, how long, how many, and which open proposal. The same form, filled in,
/// edits a coming meeting (its topic then fixed); the meeting's id travels in the <see cref="ReplyTarget"/>.
/// </summary>
public static class MeetingModal
{
    public const int MaxTopics = 100;

    /// <param name="ranked">Open proposals, most voted first (the first one is preselected); none: the team's topic is asked for.</param>
    public static ModalView Build(IReadOnlyList<CodevProposal> ranked, ReplyTarget target)
    {
        var options = ranked.Take(MaxTopics)
            .Select(p => new Option(MeetingTexts.TopicOption(p.Votes, p.Problem), p.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return Form(MeetingTexts.ModalTitle, options.Count == 0 ? MeetingTexts.TeamTopicIntro : MeetingTexts.ModalIntro, MeetingTexts.ModalSubmit,
            options, null, target);
    }

    public static ModalView BuildEdit(CodevMeeting meeting, CodevProposal? proposal, BrigadeTimeZone zone, ReplyTarget target)
    {
        var topic = new Option(MeetingTexts.TopicOption(proposal?.Votes ?? 0, proposal?.Problem ?? ""),
            meeting.ProposalId.ToString(CultureInfo.InvariantCulture));
        return Form(MeetingTexts.EditTitle, MeetingTexts.EditIntro, MeetingTexts.EditSubmit, [topic], (meeting, zone.ToLocal(new DateTimeOffset(meeting.StartsAtUtc, TimeSpan.Zero))), target);
    }

    private static ModalView Form(string title, string intro, string submit, IReadOnlyList<Option> topics,
        (CodevMeeting Meeting, DateTimeOffset LocalStart)? current, ReplyTarget target)
    {
        var meeting = current?.Meeting;
        var start = current?.LocalStart;
        var blocks = new List<Block>
        {
            SectionBlock.Markdown(intro),
            new InputBlock(CodevIds.DateBlock, MeetingTexts.DateLabel,
                new DatePicker(CodevIds.Input, start is { } d ? DateOnly.FromDateTime(d.DateTime) : null)),
            new InputBlock(CodevIds.StartBlock, MeetingTexts.StartLabel,
                new TimePicker(CodevIds.Input, start is { } t ? TimeOnly.FromDateTime(t.DateTime) : null)),
            new InputBlock(CodevIds.PlaceBlock, MeetingTexts.PlaceLabel,
                new PlainTextInput(CodevIds.Input, meeting?.Place ?? MeetingTexts.DefaultPlace, maxLength: MeetingTexts.PlaceMax)),
            new InputBlock(CodevIds.DurationBlock, MeetingTexts.DurationLabel,
                new NumberInput(CodevIds.Input, initialValue: meeting?.DurationMinutes ?? MeetingTexts.DefaultDuration, minValue: 15, maxValue: 480)),
            new InputBlock(CodevIds.CapacityBlock, MeetingTexts.CapacityLabel,
                new NumberInput(CodevIds.Input, initialValue: meeting?.Capacity, minValue: 1, maxValue: 100)),        };
        if (topics.Count > 0)
            blocks.Add(new InputBlock(CodevIds.TopicBlock, MeetingTexts.TopicLabel, new StaticSelect(CodevIds.Input, topics, topics[0]),
                hint: meeting is null ? MeetingTexts.TopicHint : null));
        if (meeting is null)
            blocks.Add(new InputBlock(CodevIds.TeamTopicBlock, MeetingTexts.TeamTopicLabel,
                new PlainTextInput(CodevIds.Input, multiline: true, maxLength: CodevTexts.ProblemMax),
                hint: topics.Count > 0 ? MeetingTexts.TeamTopicHint : null, optional: topics.Count > 0));
        return new ModalView(title, blocks, submit: submit, close: Common.CommonTexts.Cancel, callbackId: CodevIds.MeetingModal,
            privateMetadata: target.ToMetadata());
    }

    public static MeetingForm Read(ViewPayload view) => new(
        view.State.Text(CodevIds.DateBlock, CodevIds.Input),
        view.State.Text(CodevIds.StartBlock, CodevIds.Input),
        view.State.Text(CodevIds.PlaceBlock, CodevIds.Input),
        view.State.Text(CodevIds.DurationBlock, CodevIds.Input),
        view.State.Text(CodevIds.CapacityBlock, CodevIds.Input),
        view.State.Text(CodevIds.TopicBlock, CodevIds.Input),
        view.State.Text(CodevIds.TeamTopicBlock, CodevIds.Input));
}
