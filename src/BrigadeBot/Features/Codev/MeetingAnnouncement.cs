using BrigadeBot.Features.Common;
using System.Globalization;
using Brigade.Slack.BlockKit;
using BrigadeBot.Scheduling;

namespace BrigadeBot.Features.Codev;

/// <summary>The meeting as announced in the codev channel: when, where, topic, places left, and the two buttons.</summary>
public static class MeetingAnnouncement
{
    public static SlackMessage Build(CodevMeeting meeting, CodevProposal? proposal, BrigadeTimeZone zone)
    {
        var when = When(meeting, zone);
        var open = meeting.Status == MeetingStatus.Scheduled;
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var details = MeetingTexts.Details(when, meeting.DurationMinutes, meeting.Place, proposal?.Problem ?? "");
        if (proposal is not null) details += $"\n_{ProposalMessage.Author(proposal)}_";
        var blocks = new List<Block>
        {
            new HeaderBlock(open ? MeetingTexts.AnnouncementHeader : cancelled ? MeetingTexts.CancelledHeader : MeetingTexts.ClosedHeader),
            SectionBlock.Markdown(details),
            ContextBlock.Markdown(open ? MeetingTexts.PlacesLeft(meeting.PlacesLeft, meeting.Capacity)
                : cancelled ? MeetingTexts.CancelledNote : MeetingTexts.ClosedNote),
        };
        if (open) blocks.Add(new ActionsBlock(Buttons(meeting.Id, when)));
        return new SlackMessage(MeetingTexts.AnnouncementFallback(when), blocks);
    }

    public static IReadOnlyList<Button> Buttons(int meetingId, string when)
    {
        var value = meetingId.ToString(CultureInfo.InvariantCulture);
        return
        [
            new Button(CodevIds.Register, MeetingTexts.RegisterButton, value, ButtonStyle.Primary,
                accessibilityLabel: MeetingTexts.RegisterLabel(when)),
            new Button(CodevIds.Unregister, MeetingTexts.UnregisterButton, value, accessibilityLabel: MeetingTexts.UnregisterLabel(when)),
        ];
    }

    /// <summary>« mardi 8 décembre à 13 h 30 » in the Brigade zone.</summary>
    public static string When(CodevMeeting meeting, BrigadeTimeZone zone) =>
        FrenchDates.DayAndTime(zone.ToLocal(new DateTimeOffset(meeting.StartsAtUtc, TimeSpan.Zero)), zone.Now);
}
