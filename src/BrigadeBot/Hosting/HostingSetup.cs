using Brigade.Slack;
using BrigadeBot.Features.Common;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Hosting;

public static class HostingSetup
{
    /// <summary>
    /// The one configuration file is the repository's appsettings.json, copied next to the dll: read it from
    /// there whatever the working directory, below environment variables and command-line overrides.
    /// </summary>
    public static void AddConfigurationBesideBinary(this ConfigurationManager configuration)
    {
        var source = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        configuration.Sources.Insert(0, source);
    }

    /// <summary>Options every feature shares, validated at start, and the Slack layer with French apologies.</summary>
    public static Brigade.Slack.Routing.SlackAppBuilder AddBrigadeHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BrigadeOptions>().Bind(configuration.GetSection(BrigadeOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BrigadeOptions>, BrigadeOptionsValidator>();
        services.AddCommon(configuration);
        services.AddHostedService<SlackModeAnnouncer>();
        return services.AddSlack(configuration, texts =>
        {
            texts.Apology = CommonTexts.Apology;
            texts.ApologyTitle = CommonTexts.ApologyTitle;
        });
    }
}
