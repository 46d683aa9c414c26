using Brigade.Slack.Routing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Help;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Storage;
using BrigadeBot.Limits;

namespace BrigadeBot.Features.Impact;

public static class ImpactSetup
{
    /// <summary>Impact: post-session surveys and the program's report.</summary>
    public static SlackAppBuilder AddImpact(this SlackAppBuilder slack)
    {
        slack.Command<BilanCommand>(ImpactIds.ReportCommand, ImpactTexts.HelpBilan, HelpCommand.Animators)
             .Action<SurveyOpenAction>(ImpactIds.SurveyOpen)
             .View<SurveySubmission>(ImpactIds.SurveyModal)
             .Action<ReportFilesAction>(ImpactIds.ReportFiles);

        var services = slack.Services;
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section)
            .Validate(o => o.OpenDays is >= 1 and <= 365, "Brigade:Survey:OpenDays must be a number of days between 1 and 365.")
            .ValidateOnStart();
        services.AddOptions<ImpactOptions>().BindConfiguration(ImpactOptions.Section)
            .Validate(o => MonthDay.TryParse(o.YearStart, out _), "Brigade:Impact:YearStart must be a day of the year as MM-DD, e.g. 04-01.")
            .ValidateOnStart();
        services.AddMemberLimit(ImpactIds.ReportFilesLimit, permits: 5, TimeSpan.FromHours(1));
        services.AddStore<SurveyStore>().AddPersonalData<SurveyStore>();
        services.AddSingleton<IImpactSource, StoredImpactSource>().AddSingleton<ReportPeriods>();
        services.AddScoped<ImpactReportBuilder>().AddScoped<ReportDelivery>();
        services.AddSingleton<SurveyConsent>().AddSingleton<IFollowUpButton, SurveyFollowUpButton>();
        services.AddScoped<SurveyService>();
        services.AddTransient<SurveyCloseJob>();
        services.AddHostedService<ImpactSchedules>();
        return slack;
    }
}
