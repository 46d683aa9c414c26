using Brigade.Slack.Routing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Impact;

public static class ImpactSetup
{
    /// <summary>Impact: post-session surveys and the program's report.</summary>
    public static SlackAppBuilder AddImpact(this SlackAppBuilder slack)
    {
        slack.Action<SurveyOpenAction>(ImpactIds.SurveyOpen)
             .View<SurveySubmission>(ImpactIds.SurveyModal);

        var services = slack.Services;
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section)
            .Validate(o => o.OpenDays is >= 1 and <= 365, "Brigade:Survey:OpenDays must be a number of days between 1 and 365.")
            .ValidateOnStart();
        services.AddStore<SurveyStore>();
        services.AddSingleton<SurveyConsent>().AddSingleton<IFollowUpButton, SurveyFollowUpButton>();
        services.AddScoped<SurveyService>();
        services.AddTransient<SurveyCloseJob>();
        services.AddHostedService<ImpactSchedules>();
        return slack;
    }
}
