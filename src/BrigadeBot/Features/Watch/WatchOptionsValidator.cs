using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrigadeBot.Features.Watch;

/// <summary>Refuses malformed <c>Brigade:Watch:*</c> values at start, naming the key.</summary>
public sealed partial class WatchOptionsValidator : IValidateOptions<WatchOptions>
{
    public ValidateOptionsResult Validate(string? name, WatchOptions options)
    {
        var errors = new List<string>();
        if (options.MaxLateHours is <= 0 or > 24 * 30)
            errors.Add($"{WatchOptions.Section}:MaxLateHours: '{options.MaxLateHours}' must be a number of hours between 0 and 720.");
        if (options.DigestEnabled && !CronExpression.TryParse(options.DigestCron!.Trim(), out _))
            errors.Add($"{WatchOptions.Section}:DigestCron: '{options.DigestCron}' is not a Quartz cron expression (e.g. '{WatchOptions.DefaultDigestCron}').");
        for (var i = 0; i < options.Feeds.Length; i++)
            if (!Uri.TryCreate(options.Feeds[i], UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                errors.Add($"{WatchOptions.Section}:Feeds:{i}: '{options.Feeds[i]}' is not an http(s) URL.");
        if (options.FeedPollMinutes is < 1 or > 7 * 24 * 60)
            errors.Add($"{WatchOptions.Section}:FeedPollMinutes: '{options.FeedPollMinutes}' must be between 1 and 10080.");
        if (!string.IsNullOrEmpty(options.SuggestionsChannel) && !ChannelId().IsMatch(options.SuggestionsChannel))
            errors.Add($"{WatchOptions.Section}:SuggestionsChannel: '{options.SuggestionsChannel}' is not a Slack channel id (C… or G…).");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[CG][A-Z0-9]{2,}$")] private static partial Regex ChannelId();
}
