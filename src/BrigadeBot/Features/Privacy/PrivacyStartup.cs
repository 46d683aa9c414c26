using BrigadeBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Privacy;

/// <summary>At start: a missing officer or policy setting is a warning (Loi 25 wants both published), not a failure.</summary>
public sealed class PrivacyStartup(IOptions<PrivacyOptions> options, IBrigadeScheduler scheduler, ILogger<PrivacyStartup> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var privacy = options.Value;
        foreach (var (key, value) in new[]
                 {
                     ("Privacy:OfficerTitle", privacy.OfficerTitle), ("Privacy:OfficerContact", privacy.OfficerContact),
                     ("Privacy:PolicyUrl", privacy.PolicyUrl),
                 })
            if (string.IsNullOrWhiteSpace(value))
                log.LogWarning("{Key} is not set: /brigade confidentialite cannot tell members who answers for their personal information", key);
        await scheduler.ScheduleCronAsync<RetentionJob>(RetentionService.Key, RetentionService.DailyCron, null, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
