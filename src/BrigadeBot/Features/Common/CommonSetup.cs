using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Common;

public static class CommonSetup
{
    /// <summary>The contracts every feature may use: the animators, the theme catalogue and the data-change notices.</summary>
    public static IServiceCollection AddCommon(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommunityOptions>().Bind(configuration.GetSection(CommunityOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CommunityOptions>, CommunityOptionsValidator>();
        services.AddSingleton<Animators>().AddSingleton<ThemeCatalog>().AddSingleton<DataChanges>();
        return services;
    }
}
