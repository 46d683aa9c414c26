using Brigade.Slack.Diagnostics;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Inbound;
using Brigade.Slack.Routing;
using Brigade.Slack.SocketMode;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brigade.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Slack layer: options from the <c>Slack</c> section, signature check, dispatcher,
    /// follow-up worker, Web API client (dry run while no bot token is set), Socket Mode (when an app token is set). Returns the builder on which
    /// features register their routes.
    /// </summary>
    public static SlackAppBuilder AddSlack(this IServiceCollection services, IConfiguration configuration,
        Action<SlackFailureTexts>? failureTexts = null)
    {
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        // Checked at start: a title Slack refuses would turn every failed submission into an error of our own.
        services.AddOptions<SlackFailureTexts>().Configure(t => failureTexts?.Invoke(t))
            .Validate(t => !string.IsNullOrWhiteSpace(t.Apology) && t.Apology.Length <= 3000
                    && !string.IsNullOrWhiteSpace(t.ApologyTitle) && t.ApologyTitle.Length <= 24,
                "The Slack apology needs a text (3000 characters at most) and a title (24 characters at most).")
            .ValidateOnStart();
        services.AddOptions<DryRunOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<SlackMetrics>();

        var routes = new SlackRoutes();
        services.AddSingleton(routes);
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackDispatcher>();
        services.AddSingleton<Http.SlackHttpReceiver>();
        services.AddSingleton<SlackFollowUpQueue>();
        services.AddSingleton<AcknowledgementsInFlight>();
        services.TryAddSingleton(new FollowUpPacing());
        services.AddHostedService<SlackFollowUpWorker>();
        services.TryAddSingleton<IEventDeduplicator, InMemoryEventDeduplicator>();
        services.AddSingleton<SlackMessenger>();
        services.AddSlackSocketMode(configuration);

        services.AddHttpClient(SlackApiClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15))
            // Outbound safety: a redirect never takes a request (or its token) somewhere else.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The factory's request logging redacts header values in its message but keeps them raw in the log
            // state, where a structured sink writes the bot token; it also logs response_urls, which let anyone
            // post as the app. SlackApiClient logs what matters itself, without either.
            .RemoveAllLoggers();
        services.TryAddSingleton<ISlackApi>(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<SlackOptions>>().CurrentValue;
            if (options.IsBotTokenConfigured)
                return new SlackApiClient(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient(SlackApiClient.HttpClientName),
                    sp.GetRequiredService<IOptionsMonitor<SlackOptions>>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<SlackMetrics>(),
                    sp.GetRequiredService<ILogger<SlackApiClient>>());
            return ActivatorUtilities.CreateInstance<DryRunSlackApi>(sp);
        });

        return new SlackAppBuilder(services, routes);
    }
}
