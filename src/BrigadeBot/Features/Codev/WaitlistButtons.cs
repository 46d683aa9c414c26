using System.Globalization;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Codev;

/// <summary>The waiting-list buttons of a meeting, in the conversation or on the App Home.</summary>
public static class WaitlistButtons
{
    public static Button Join(int meetingId, string when, bool onHome) =>
        new(onHome ? CodevIds.HomeJoinWaitlist : CodevIds.JoinWaitlist, MemberMeetingTexts.JoinWaitlistButton,
            meetingId.ToString(CultureInfo.InvariantCulture), accessibilityLabel: MemberMeetingTexts.JoinWaitlistLabel(when));

    public static Button Leave(string entryId, string when, bool onHome) =>
        new(onHome ? CodevIds.HomeLeaveWaitlist : CodevIds.LeaveWaitlist, MemberMeetingTexts.LeaveWaitlistButton, entryId,
            accessibilityLabel: MemberMeetingTexts.LeaveWaitlistLabel(when));
}
