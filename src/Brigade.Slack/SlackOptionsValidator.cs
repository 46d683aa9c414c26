using Microsoft.Extensions.Options;

namespace Brigade.Slack;

/// <summary>
/// Refuses malformed <c>Slack:*</c> values at start, naming the key. A missing secret is not malformed:
/// requests are then refused (401) and Web API calls run dry.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var errors = new List<string>();
        if (options.IsBotTokenConfigured && !options.BotToken!.StartsWith("xoxb-", StringComparison.Ordinal))
            errors.Add("Slack:BotToken must be a bot token (it starts with xoxb-).");
        if (options.IsSocketModeConfigured && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
            errors.Add("Slack:AppToken must be an app-level token (it starts with xapp-).");
        if (!IsHttpUrl(options.ApiBaseUrl))
            errors.Add($"Slack:ApiBaseUrl: '{options.ApiBaseUrl}' is not an absolute http(s) URL.");
        foreach (var prefix in options.ResponseUrlPrefixes ?? [])
            if (!string.IsNullOrWhiteSpace(prefix) && !IsHttpUrl(prefix))
                errors.Add($"Slack:ResponseUrlPrefixes: '{prefix}' is not an absolute http(s) URL.");
        foreach (var prefix in options.UploadUrlPrefixes ?? [])
            if (!string.IsNullOrWhiteSpace(prefix) && !IsHttpUrl(prefix))
                errors.Add($"Slack:UploadUrlPrefixes: '{prefix}' is not an absolute http(s) URL.");
        if (options.Command.Length > 0 && (!options.Command.StartsWith('/') || options.Command.Length is < 2 or > 32))
            errors.Add($"Slack:Command: '{options.Command}' must start with / and have 2 to 32 characters.");
        if (options.MaxBodyBytes < 1024) errors.Add("Slack:MaxBodyBytes must be at least 1024.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
