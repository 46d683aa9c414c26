using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Features.Common.Surveys;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Common;

public static class CommonSetup
{
    /// <summary>The contracts every feature may use: the animators, the theme catalogue, the data-change notices, the calendar files and their sender, and the survey rules.</summary>
    public static IServiceCollection AddCommon(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommunityOptions>().Bind(configuration.GetSection(CommunityOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CommunityOptions>, CommunityOptionsValidator>();
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section)
            .Validate(o => o.OpenDays is >= 1 and <= 365, "Brigade:Survey:OpenDays must be a number of days between 1 and 365.")
            .ValidateOnStart();
        services.AddSingleton<Animators>().AddSingleton<ThemeCatalog>().AddSingleton<DataChanges>().AddSingleton<MessageRedraws>().AddSingleton<CalendarFiles>()
            .AddSingleton<CalendarFileSender>();
        services.AddSingleton<CommunityMetrics>();
        return services;
    }
}
