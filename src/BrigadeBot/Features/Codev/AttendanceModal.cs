using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// « Présences »: the registrants as checkboxes, ten to a group (Slack's limit per checkbox element), those already marked
/// present ticked. The meeting travels in the <see cref="ReplyTarget"/>.
/// </summary>
public static class AttendanceModal
{
    private const int PerGroup = 10;

    public static ModalView Build(CodevMeeting meeting, string when, ReplyTarget target)
    {
        var blocks = new List<Block> { SectionBlock.Markdown(MeetingTexts.AttendanceIntro(when)) };
        var groups = meeting.RegisteredIds.Chunk(PerGroup).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            var options = groups[i].Select(id => Option.Markdown(Mrkdwn.User(id), id)).ToList();
            var ticked = options.Where(o => meeting.AttendedIds.Contains(o.Value)).ToList();
            blocks.Add(new InputBlock(CodevIds.AttendanceBlock(i), MeetingTexts.AttendanceGroup(i),
                new Checkboxes(CodevIds.Input, options, ticked.Count > 0 ? ticked : null), optional: true));
        }
        return new ModalView(MeetingTexts.AttendanceTitle, blocks, submit: MeetingTexts.AttendanceSubmit, close: Common.CommonTexts.Cancel,
            callbackId: CodevIds.AttendanceModal, privateMetadata: (target with { Id = meeting.Id }).ToMetadata());
    }

    /// <summary>The ticked member ids, as sent: the caller keeps only the meeting's registrants (a view can be forged).</summary>
    public static IReadOnlyList<string> Read(ViewPayload view) =>
        view.State.Values.Keys.Where(k => k.StartsWith(CodevIds.AttendanceBlockPrefix, StringComparison.Ordinal))
            .SelectMany(k => view.State.SelectedValues(k, CodevIds.Input)).ToList();
}
