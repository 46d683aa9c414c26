using Brigade.Slack;
using Brigade.Slack.WebApi;
using BrigadeBot.Features.Common;
using BrigadeBot.Scheduling;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Hosting;

public static class HostingSetup
{
    /// <summary>The slash command when <c>Slack:Command</c> is not set.</summary>
    public const string DefaultCommand = "/brigade";

    /// <summary>
    /// The host's arguments with its settings files read once, at start, as every setting of the bot is. By default the
    /// host watches its content root for changes to them, subfolders included; the database usually lives below it
    /// (<c>data/brigade.db</c>), and every page LiteDB writes then raised a file-system event, in the writer's own write
    /// call: a tenth of a booking's time in the writer.
    /// </summary>
    public static string[] WithSettingsReadOnce(string[] args) => [.. args, "--hostBuilder:reloadConfigOnChange=false"];

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

    /// <summary>
    /// Options every feature shares, validated at start, and the Slack layer with French apologies, the
    /// <c>/brigade</c> command by default, and a dry run whose members live in the Brigade time zone.
    /// </summary>
    public static Brigade.Slack.Routing.SlackAppBuilder AddBrigadeHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCommon(configuration);
        services.AddHostedService<SlackModeStartup>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, EndpointJsonContext.Default));
        services.PostConfigure<SlackOptions>(slack =>
        {
            if (string.IsNullOrWhiteSpace(slack.Command)) slack.Command = DefaultCommand;
        });
        services.AddOptions<DryRunOptions>().Configure<IOptions<BrigadeTimeZoneOptions>>((dryRun, zone) =>
            dryRun.UserTimeZone = zone.Value.ZoneId);
        return services.AddSlack(configuration, texts =>
        {
            texts.Apology = CommonTexts.Apology;
            texts.ApologyTitle = CommonTexts.ApologyTitle;
        });
    }

    /// <summary>
    /// The process's own start only, never the sandbox's hosts inside it: one full collection once the start is done
    /// (<see cref="StartupMemoryRelease"/>).
    /// </summary>
    public static IServiceCollection AddStartupMemoryRelease(this IServiceCollection services) =>
        services.AddHostedService<StartupMemoryRelease>();
}
