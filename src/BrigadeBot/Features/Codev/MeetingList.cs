using System.Globalization;
using Brigade.Slack.BlockKit;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The animators' view of meetings (<c>/brigade codev liste</c>): for each coming or unclosed meeting its registrants and a
/// close button, with « Modifier » and « Annuler » before it starts and « Présences » once it has; then closed meetings
/// still waiting for their knowledge sheet, with « Présences » too.
/// </summary>
public static class MeetingList
{
    private const int MaxItems = 22; // two blocks each, plus header and "and more" lines

    public static SlackMessage Build(IReadOnlyList<CodevMeeting> scheduled, IReadOnlyList<CodevMeeting> waitingForSheet,
        Func<int, CodevProposal?> proposalOf, BrigadeTimeZone zone, DateTime nowUtc, string command)
    {
        var blocks = new List<Block> { new HeaderBlock(MeetingTexts.ListHeader) };
        if (scheduled.Count == 0 && waitingForSheet.Count == 0)
            blocks.Add(SectionBlock.Markdown(MeetingTexts.NoMeetings(command)));

        var items = scheduled.Select(m => (Meeting: m, Open: true))
            .Concat(waitingForSheet.Select(m => (Meeting: m, Open: false)))
            .ToList();
        foreach (var (meeting, open) in items.Take(MaxItems))
        {
            var when = MeetingAnnouncement.When(meeting, zone);
            var topic = proposalOf(meeting.ProposalId)?.Problem ?? "";
            var value = meeting.Id.ToString(CultureInfo.InvariantCulture);
            var started = meeting.StartsAtUtc <= nowUtc;
            var attendance = new Button(CodevIds.Attendance, MeetingTexts.AttendanceButton, value, accessibilityLabel: MeetingTexts.AttendanceLabel(when));
            if (open)
            {
                var registrants = MeetingTexts.Registrants(meeting.RegisteredIds, meeting.Capacity)
                    + (started ? $"\n{MeetingTexts.Attended(meeting.AttendedIds.Count)}" : "");
                blocks.Add(SectionBlock.Markdown($"{MeetingTexts.ListItem(when, meeting.Place, topic)}\n{registrants}",
                    new Button(CodevIds.Close, MeetingTexts.CloseButton, value, ButtonStyle.Danger, confirm: CloseConfirm,
                        accessibilityLabel: MeetingTexts.CloseLabel(when))));
                blocks.Add(new ActionsBlock(started ? [attendance] :
                [
                    new Button(CodevIds.EditMeeting, MeetingTexts.EditButton, value, accessibilityLabel: MeetingTexts.EditLabel(when)),
                    new Button(CodevIds.CancelMeeting, MeetingTexts.CancelButton, value, ButtonStyle.Danger, confirm: CancelConfirm,
                        accessibilityLabel: MeetingTexts.CancelLabel(when)),
                ]));
            }
            else
            {
                blocks.Add(SectionBlock.Markdown($"{MeetingTexts.WaitingForSheet(when, topic)}\n{MeetingTexts.Attended(meeting.AttendedIds.Count)}",
                    new Button(CodevIds.OpenSheet, MeetingTexts.SheetButton, value, accessibilityLabel: MeetingTexts.SheetLabelFor(when))));
                blocks.Add(new ActionsBlock([attendance]));
            }
        }
        if (items.Count > MaxItems) blocks.Add(ContextBlock.Markdown(MeetingTexts.MoreMeetings(items.Count - MaxItems)));
        return new SlackMessage(MeetingTexts.ListHeader, blocks);
    }

    private static readonly ConfirmDialog CloseConfirm = new(MeetingTexts.CloseConfirmTitle, MeetingTexts.CloseConfirmText,
        MeetingTexts.CloseConfirm, Common.CommonTexts.Cancel, danger: true);

    private static readonly ConfirmDialog CancelConfirm = new(MeetingTexts.CancelConfirmTitle, MeetingTexts.CancelConfirmText,
        MeetingTexts.CancelConfirm, MeetingTexts.KeepMeeting, danger: true);
}
