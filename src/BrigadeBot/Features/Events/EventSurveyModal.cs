using System.Globalization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>The post-conference survey: expectations met (0–100 % by tens), progress, comment. The event id travels in private_metadata.</summary>
public static class EventSurveyModal
{
    public const int CommentMax = 1000;

    public static ModalView Build(Conference conference)
    {
        var input = EventsIds.Input;
        var percents = Enumerable.Range(0, 11).Select(i => i * 10)
            .Select(p => new Option(EventSurveyTexts.Percent(p), p.ToString(CultureInfo.InvariantCulture))).ToList();
        var progress = EventSurveyTexts.ProgressChoices.Select(p => new Option(p.Label, p.Value.ToString()));
        Block[] blocks =
        [
            SectionBlock.Markdown(EventSurveyTexts.Intro(MemberText.ForMrkdwn(conference.Title, 300))),
            new InputBlock(EventsIds.ExpectationsBlock, EventSurveyTexts.ExpectationsLabel, new StaticSelect(input, percents)),
            new InputBlock(EventsIds.ProgressBlock, EventSurveyTexts.ProgressLabel, new RadioButtons(input, progress)),
            new InputBlock(EventsIds.CommentBlock, EventSurveyTexts.CommentLabel,
                new PlainTextInput(input, multiline: true, maxLength: CommentMax), EventSurveyTexts.CommentHint, optional: true),
        ];
        return new ModalView(EventSurveyTexts.Title, blocks, EventSurveyTexts.Submit, CommonTexts.Cancel, EventsIds.SurveyModal,
            EventAnnouncement.Value(conference));
    }

    /// <summary>The answer, or the errors keyed by block_id.</summary>
    public static (EventSurveyForm? Form, Dictionary<string, string> Errors) Read(ViewPayload view)
    {
        var state = view.State;
        var errors = new Dictionary<string, string>();
        var expectations = int.TryParse(state.Text(EventsIds.ExpectationsBlock, EventsIds.Input), NumberStyles.None, CultureInfo.InvariantCulture,
            out var e) && e is >= 0 and <= 100 && e % 10 == 0 ? e : -1;
        if (expectations < 0) errors[EventsIds.ExpectationsBlock] = EventSurveyTexts.ChooseExpectations;
        var progress = Enum.TryParse<LearningProgress>(state.Text(EventsIds.ProgressBlock, EventsIds.Input), out var p) && Enum.IsDefined(p)
            ? p : (LearningProgress?)null;
        if (progress is null) errors[EventsIds.ProgressBlock] = EventSurveyTexts.ChooseProgress;
        var comment = state.Text(EventsIds.CommentBlock, EventsIds.Input);
        if (errors.Count > 0) return (null, errors);
        return (new EventSurveyForm(expectations, progress!.Value, comment is null ? null : MemberText.Cut(comment, CommentMax)), errors);
    }
}
