using Brigade.Slack.Routing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.FollowUps;
using BrigadeBot.Storage;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Impact;

public static class ImpactSetup
{
    /// <summary>Impact: post-session surveys and the program's report.</summary>
    public static SlackAppBuilder AddImpact(this SlackAppBuilder slack)
    {
        slack.Command<BilanCommand>(ImpactIds.Bilan, ReportTexts.HelpBilan, Animators.Audience)
             .Action<SurveyOpenAction>(ImpactIds.SurveyOpen)
             .View<SurveySubmission>(ImpactIds.SurveyModal)
             .Action<ReportFilesAction>(ImpactIds.ReportFiles);

        var services = slack.Services;
        services.AddOptions<ImpactOptions>().BindConfiguration(ImpactOptions.Section)
            .Validate(o => MonthDay.TryParse(o.YearStart, out _), "Brigade:Impact:YearStart must be a day of the year as MM-DD, e.g. 04-01.")
            .ValidateOnStart();
        services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section)
            .Validate(o => o.StatsMinCell is >= 1 and <= 100, "Privacy:StatsMinCell must be between 1 and 100.")
            .ValidateOnStart();
        services.AddMemberLimit(ImpactIds.ReportFilesLimit, permits: 5, TimeSpan.FromHours(1));
        services.AddStore<SurveyStore>().AddPersonalData<SurveyStore>(SurveyStore.AnswerInventory, SurveyStore.MarkerInventory);
        services.AddSingleton<IImpactSource, StoredImpactSource>().AddSingleton<ReportPeriods>();
        services.AddScoped<ImpactReportBuilder>().AddScoped<ReportDelivery>().AddScoped<IHomeSection, YearFiguresSection>();
        services.AddSingleton<SurveyConsent>().AddSingleton<IFollowUpButton, SurveyFollowUpButton>();
        services.AddScoped<SurveyService>();
        services.AddTransient<SurveyCloseJob>();
        services.AddHostedService<ImpactStartup>();
        return slack;
    }
}
