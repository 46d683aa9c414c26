using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Features.Common.FollowUps;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Storage;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Codev;

public static class CodevSetup
{
    /// <summary>Codevelopment: proposals and votes, meetings with registration, reminder, closing and sheet.</summary>
    public static SlackAppBuilder AddCodev(this SlackAppBuilder slack)
    {
        slack.Command<ProposerCommand>(CodevIds.Proposer, CodevTexts.ProposeHelp)
             .Command<SujetsCommand>(CodevIds.Sujets, CodevTexts.TopicsHelp)
             .Command<CodevCommand>(CodevIds.Codev, MemberMeetingTexts.Help)
             .View<ProposalSubmission>(CodevIds.ProposalModal)
             .View<MeetingSubmission>(CodevIds.MeetingModal)
             .View<MeetingSheetSubmission>(CodevIds.SheetModal)
             .View<AttendanceSubmission>(CodevIds.AttendanceModal)
             .View<MergeSubmission>(CodevIds.MergeModal)
             .Action<VoteAction>(CodevIds.Vote)
             .Action<VoteAction>(CodevIds.HomeVote)
             .Action<RegistrationAction>(CodevIds.Register)
             .Action<RegistrationAction>(CodevIds.Unregister)
             .Action<RegistrationAction>(CodevIds.HomeRegister)
             .Action<RegistrationAction>(CodevIds.HomeUnregister)
             .Action<RegistrationAction>(CodevIds.TakeOffer)
             .Action<JoinMeetingWaitlistAction>(CodevIds.JoinWaitlist)
             .Action<JoinMeetingWaitlistAction>(CodevIds.HomeJoinWaitlist)
             .Action<LeaveMeetingWaitlistAction>(CodevIds.LeaveWaitlist)
             .Action<LeaveMeetingWaitlistAction>(CodevIds.HomeLeaveWaitlist)
             .Action<CodevFollowUpAction>(CodevIds.FollowUp)
             .Action<EditProposalAction>(CodevIds.EditProposal)
             .Action<ProposalModerationAction>(CodevIds.ArchiveProposal)
             .Action<ProposalModerationAction>(CodevIds.MergeProposal)
             .Action<EditMeetingAction>(CodevIds.EditMeeting)
             .Action<CancelMeetingAction>(CodevIds.CancelMeeting)
             .Action<AttendanceAction>(CodevIds.Attendance)
             .Action<CloseMeetingAction>(CodevIds.Close)
             .Action<CloseMeetingAction>(CodevIds.OpenSheet);

        var services = slack.Services;
        services.AddOptions<CodevOptions>().BindConfiguration(CodevOptions.Section)
            .Validate(o => o.ProposalLifetimeDays is >= 1 and <= 3650,
                "Brigade:Codev:ProposalLifetimeDays must be a number of days between 1 and 3650.")
            .Validate(o => o.WaitlistHoldMinutes is >= 1 and <= 10080,
                "Brigade:Codev:WaitlistHoldMinutes must be a number of minutes between 1 and 10080.")
            .ValidateOnStart();
        services.AddOptions<CodevChannelOptions>().BindConfiguration(FeatureChannel.Section).AsFeatureChannel(CodevChannelOptions.Key, o => o.Channel);
        services.AddMemberLimit(CodevIds.ProposalsLimit, permits: 5, TimeSpan.FromHours(1))
            .AddMemberLimit(CodevIds.MeetingsLimit, permits: 10, TimeSpan.FromHours(1));
        services.AddStore<ProposalStore>().AddStore<MeetingStore>()
            .AddPersonalData<ProposalStore>(ProposalStore.Inventory).AddPersonalData<MeetingStore>(MeetingStore.Inventory)
            .AddPersonalDataCorrection<ProposalCorrection>();
        services.AddSingleton<MeetingWaitlist>().AddSingleton<IWaitlistOwner>(sp => sp.GetRequiredService<MeetingWaitlist>());
        services.AddSingleton<CodevRefresher>()
            .AddSingleton<CodevChannel>()
            .AddSingleton<CodevMessages>()
            .AddSingleton<MeetingReminders>()
            .AddSingleton<ProposalArchiver>()
            .AddSingleton<ProposalMessages>()
            .AddSingleton<MeetingNotices>()
            .AddScoped<MemberMeetings>()
            .AddSingleton<IAnimatorCalendarSource, CodevAnimatorCalendar>()
            .AddSingleton<IFollowUpButton, CodevFollowUpButton>()
            .AddScoped<ProposalService>()
            .AddScoped<MeetingService>()
            .AddTransient<MeetingReminderJob>()
            .AddTransient<ProposalArchiveJob>()
            .AddSingleton<IImpactCounter, CodevImpactCounter>()
            .AddScoped<IHomeSection, OpenTopicsSection>()
            .AddScoped<IHomeSection, TopicCountsSection>()
            .AddScoped<IHomeSection, MemberMeetingsSection>()
            .AddHostedService<CodevStartup>();
        return slack;
    }
}
