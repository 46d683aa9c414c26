using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.FollowUps;
using BrigadeBot.Features.Common.Reports;
using BrigadeBot.Storage;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Impact;

public static class ImpactSetup
{
    /// <summary>Impact: post-session and follow-up surveys, the community's daily size and the program's report.</summary>
    public static SlackAppBuilder AddImpact(this SlackAppBuilder slack)
    {
        slack.Command<BilanCommand>(ImpactIds.Bilan, ReportTexts.HelpBilan, Animators.Audience)
             .Action<SurveyOpenAction>(ImpactIds.SurveyOpen)
             .View<SurveySubmission>(ImpactIds.SurveyModal)
             .Action<ReportFilesAction>(ImpactIds.ReportFiles)
             .Action<FollowUpOpenAction>(ImpactIds.FollowUpOpen)
             .View<FollowUpSubmission>(ImpactIds.FollowUpModal);

        var services = slack.Services;
        services.AddOptions<ImpactOptions>().BindConfiguration(ImpactOptions.Section)
            .Validate(o => MonthDay.TryParse(o.YearStart, out _), "Brigade:Impact:YearStart must be a day of the year as MM-DD, e.g. 04-01.")
            .Validate(o => o.FollowUpSurveyMonths is >= 1 and <= 24, "Brigade:Impact:FollowUpSurveyMonths must be a number of months between 1 and 24.")
            .ValidateOnStart();
        services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section)
            .Validate(o => o.StatsMinCell is >= 1 and <= 100, "Privacy:StatsMinCell must be between 1 and 100.")
            .ValidateOnStart();
        services.AddMemberLimit(ImpactIds.ReportFilesLimit, permits: 5, TimeSpan.FromHours(1));
        services.AddStore<SurveyStore>().AddPersonalData<SurveyStore>(SurveyStore.AnswerInventory, SurveyStore.MarkerInventory);
        services.AddStore<FollowUpStore>().AddPersonalData<FollowUpStore>(FollowUpStore.InvitationInventory, FollowUpStore.AnswerInventory,
            FollowUpStore.TallyInventory);
        services.AddStore<CommunityStore>().AddPersonalData(CommunityStore.Inventory);
        services.AddSingleton<IImpactSource, StoredImpactSource>().AddSingleton<ReportPeriods>();
        services.AddScoped<ImpactReportBuilder>().AddScoped<ReportDelivery>().AddScoped<IHomeSection, YearFiguresSection>();
        services.AddSingleton<SurveyConsent>().AddSingleton<IFollowUpButton, SurveyFollowUpButton>();
        services.AddScoped<SurveyService>().AddScoped<FollowUpSurveyService>().AddScoped<CommunityCensus>();
        services.AddScoped<IImpactSection, FollowUpSection>().AddScoped<IImpactSection, CommunitySection>();
        services.AddTransient<SurveyCloseJob>().AddTransient<FollowUpSurveyJob>().AddTransient<CommunityCountJob>();
        services.AddHostedService<ImpactStartup>();
        return slack;
    }
}
