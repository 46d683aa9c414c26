using Brigade.Slack;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Hosting;

/// <summary>Says at start how the bot talks to Slack, so that a fresh machine's quiet bot is not a mystery.</summary>
public sealed class SlackModeStartup(IOptions<SlackOptions> slack, ILogger<SlackModeStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = slack.Value;
        if (options.IsSocketModeConfigured)
            log.LogInformation("Slack Socket Mode is on (Slack:AppToken): the bot connects to Slack, no public URL needed");
        if (!options.IsSigningConfigured && !options.IsSocketModeConfigured)
            log.LogWarning("Slack is not configured: Slack:SigningSecret is empty, so every Slack request is refused (401)");
        if (!options.IsBotTokenConfigured)
            log.LogWarning("Slack:BotToken is empty: Web API calls are logged, not sent (dry run)");
        else
            log.LogInformation("Slack Web API calls go to {ApiBaseUrl}", options.ApiBaseUrl);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
