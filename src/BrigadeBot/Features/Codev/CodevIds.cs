namespace BrigadeBot.Features.Codev;

/// <summary>Slack ids of the codevelopment feature, shared by the view builders and the routes.</summary>
public static class CodevIds
{
    public const string Proposer = "proposer";
    /// <summary>The <c>Brigade:Limits</c> entry of proposals a member may make.</summary>
    public const string ProposalsLimit = "proposals";
    /// <summary>The <c>Brigade:Limits</c> entry of meetings an animator may schedule.</summary>
    public const string MeetingsLimit = "meetings";
    public const string Sujets = "sujets";
    public const string Codev = "codev";
    public const string ListArgument = "liste";

    public const string ProposalModal = "codev.propose";
    public const string ProblemBlock = "codev.problem";
    public const string ContextBlock = "codev.context";
    public const string ShowNameBlock = "codev.show-name";
    public const string ShowNameOption = "show-name";

    public const string Vote = "codev.vote";
    public static string HomeTopicBlock(int proposalId) => $"home.topic.{proposalId}";
    /// <summary>« 👍 Voter » on the App Home; its value predates the <c>codev.</c> prefix and lives in published Homes.</summary>
    public const string HomeVote = "home.vote";

    public const string MeetingModal = "codev.schedule";
    public const string DateBlock = "codev.date";
    public const string StartBlock = "codev.start";
    public const string PlaceBlock = "codev.place";
    public const string DurationBlock = "codev.duration";
    public const string CapacityBlock = "codev.capacity";
    public const string TopicBlock = "codev.topic";
    public const string TeamTopicBlock = "codev.team-topic";

    public const string Register = "codev.register";
    public const string Unregister = "codev.unregister";
    public const string HomeRegister = "codev.home.register";
    public const string HomeUnregister = "codev.home.unregister";
    /// <summary>« M'inscrire sur la liste d'attente » of a full meeting (value = the meeting), in the conversation and on the Home.</summary>
    public const string JoinWaitlist = "codev.waitlist.join";
    public const string HomeJoinWaitlist = "codev.home.waitlist.join";
    /// <summary>« Quitter la liste » (value = the waiting-list entry).</summary>
    public const string LeaveWaitlist = "codev.waitlist.leave";
    public const string HomeLeaveWaitlist = "codev.home.waitlist.leave";
    /// <summary>« Prendre cette place » in the DM offering a freed place (value = the meeting).</summary>
    public const string TakeOffer = "codev.waitlist.take";
    public static string MemberWaitBlock(int meetingId) => $"codev.wait.{meetingId}";
    public static string MemberMeetingBlock(int meetingId) => $"codev.meeting.{meetingId}";
    public static string MemberProposalBlock(int proposalId) => $"codev.mine.{proposalId}";
    /// <summary>The follow-up DM's invitation to codevelopment.</summary>
    public const string FollowUp = "codev.follow-up";
    public const string EditProposal = "codev.proposal.edit";
    public const string ArchiveProposal = "codev.proposal.archive";
    public const string MergeProposal = "codev.proposal.merge";
    public const string MergeModal = "codev.merge";
    public const string MergeTargetBlock = "codev.merge.target";
    public const string CancelMeeting = "codev.cancel";
    public const string EditMeeting = "codev.edit";
    public const string Attendance = "codev.attendance";
    public const string AttendanceModal = "codev.attendance.modal";
    public const string AttendanceBlockPrefix = "codev.attended.";
    public static string AttendanceBlock(int group) => AttendanceBlockPrefix + group.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public const string Close = "codev.close";
    /// <summary>The list of open proposals in <c>/brigade corriger</c>'s modal.</summary>
    public const string CorrectionBlock = "codev.correct-withdraw";
    public const string OpenSheet = "codev.sheet.open";

    public const string SheetModal = "codev.sheet";
    public const string SheetBlock = "codev.sheet.url";
    public const string SheetThemeBlock = "codev.sheet.theme";
    public const string SheetTitleBlock = "codev.sheet.title";
    public const string SheetSummaryBlock = "codev.sheet.summary";

    /// <summary>The one action_id of every input: view state is keyed by block_id, then by this.</summary>
    public const string Input = "value";
}
