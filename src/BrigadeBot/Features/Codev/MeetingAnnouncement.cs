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
        if (open) blocks.Add(new ActionsBlock(Buttons(meeting.Id, when, full: meeting.PlacesLeft == 0)));
        return new SlackMessage(MeetingTexts.AnnouncementFallback(when), blocks);
    }

    /// <param name="full">« M'inscrire sur la liste d'attente » takes the place of « Je serai là ».</param>
    public static IReadOnlyList<Button> Buttons(int meetingId, string when, bool full = false)
    {
        var value = meetingId.ToString(CultureInfo.InvariantCulture);
        return
        [
            full
                ? WaitlistButtons.Join(meetingId, when, onHome: false)
                : new Button(CodevIds.Register, MeetingTexts.RegisterButton, value, ButtonStyle.Primary,
                    accessibilityLabel: MeetingTexts.RegisterLabel(when)),
            new Button(CodevIds.Unregister, MeetingTexts.UnregisterButton, value, accessibilityLabel: MeetingTexts.UnregisterLabel(when)),
        ];
    }

    /// <summary>« mardi 8 décembre à 13 h 30 » in the Brigade zone.</summary>
    public static string When(CodevMeeting meeting, BrigadeTimeZone zone) => At(meeting.StartsAtUtc, zone);

    public static string At(DateTime utc, BrigadeTimeZone zone) =>
        FrenchDates.DayAndTime(zone.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero)), zone.Now);
}
