using BrigadeBot.Features.Common.Calendars;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Common;

public static class CommonSetup
{
    /// <summary>The contracts every feature may use: the animators, the theme catalogue, the data-change notices and the calendar files.</summary>
    public static IServiceCollection AddCommon(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommunityOptions>().Bind(configuration.GetSection(CommunityOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CommunityOptions>, CommunityOptionsValidator>();
        services.AddSingleton<Animators>().AddSingleton<ThemeCatalog>().AddSingleton<DataChanges>().AddSingleton<CalendarFiles>();
        services.AddSingleton<CommunityMetrics>();
        return services;
    }
}
