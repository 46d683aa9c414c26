using System.Globalization;
using Brigade.Slack.BlockKit;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>
/// The animators' view of meetings (<c>/brigade codev liste</c>): registrants and a close button for each coming or
/// unclosed meeting, then closed meetings still waiting for their knowledge sheet.
/// </summary>
public static class MeetingList
{
    private const int MaxItems = 45; // one block each, plus header, "and more" lines

    public static SlackMessage Build(IReadOnlyList<CodevMeeting> scheduled, IReadOnlyList<CodevMeeting> waitingForSheet,
        Func<int, CodevProposal?> proposalOf, BrigadeTimeZone zone, string command)
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
            blocks.Add(open
                ? SectionBlock.Markdown(
                    $"{MeetingTexts.ListItem(when, meeting.Place, topic)}\n{MeetingTexts.Registrants(meeting.RegisteredIds, meeting.Capacity)}",
                    new Button(CodevIds.Close, MeetingTexts.CloseButton, value, ButtonStyle.Danger, confirm: CloseConfirm,
                        accessibilityLabel: MeetingTexts.CloseLabel(when)))
                : SectionBlock.Markdown(MeetingTexts.WaitingForSheet(when, topic),
                    new Button(CodevIds.OpenSheet, MeetingTexts.SheetButton, value, accessibilityLabel: MeetingTexts.SheetLabelFor(when))));
        }
        if (items.Count > MaxItems) blocks.Add(ContextBlock.Markdown(MeetingTexts.MoreMeetings(items.Count - MaxItems)));
        return new SlackMessage(MeetingTexts.ListHeader, blocks);
    }

    private static readonly ConfirmDialog CloseConfirm = new(MeetingTexts.CloseConfirmTitle, MeetingTexts.CloseConfirmText,
        MeetingTexts.CloseConfirm, Common.CommonTexts.Cancel, danger: true);
}
