using Brigade.Slack.Routing;
using BrigadeBot.Features.Help;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Storage;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Codev;

public static class CodevSetup
{
    /// <summary>Codevelopment: proposals and votes, meetings with registration, reminder, closing and sheet.</summary>
    public static SlackAppBuilder AddCodev(this SlackAppBuilder slack)
    {
        slack.Command<ProposerCommand>(CodevIds.ProposeCommand, CodevTexts.ProposeHelp)
             .Command<SujetsCommand>(CodevIds.TopicsCommand, CodevTexts.TopicsHelp)
             .Command<CodevCommand>(CodevIds.MeetingCommand, CodevTexts.MeetingHelp, HelpCommand.Animators)
             .View<ProposalSubmission>(CodevIds.ProposalModal)
             .View<MeetingSubmission>(CodevIds.MeetingModal)
             .View<SheetSubmission>(CodevIds.SheetModal)
             .Action<VoteAction>(CodevIds.Vote)
             .Action<RegistrationAction>(CodevIds.Register)
             .Action<RegistrationAction>(CodevIds.Unregister)
             .Action<CloseMeetingAction>(CodevIds.Close)
             .Action<CloseMeetingAction>(CodevIds.OpenSheet);

        var services = slack.Services;
        services.AddOptions<CodevOptions>().BindConfiguration(CodevOptions.Section)
            .Validate(o => o.ProposalLifetimeDays is >= 1 and <= 3650,
                "Brigade:Codev:ProposalLifetimeDays must be a number of days between 1 and 3650.")
            .ValidateOnStart();
        services.AddMemberLimit(CodevIds.ProposalsLimit, permits: 5, TimeSpan.FromHours(1))
            .AddMemberLimit(CodevIds.MeetingsLimit, permits: 10, TimeSpan.FromHours(1));
        services.AddStore<ProposalStore>().AddStore<MeetingStore>()
            .AddPersonalData<ProposalStore>().AddPersonalData<MeetingStore>();
        services.AddSingleton<CodevRefresher>()
            .AddSingleton<CodevChannel>()
            .AddSingleton<CodevMessages>()
            .AddSingleton<MeetingReminders>()
            .AddSingleton<ProposalArchiver>()
            .AddScoped<ProposalService>()
            .AddScoped<MeetingService>()
            .AddTransient<MeetingReminderJob>()
            .AddTransient<ProposalArchiveJob>()
            .AddHostedService<CodevSchedules>();
        return slack;
    }
}
