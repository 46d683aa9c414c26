using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Brigade.Slack.Diagnostics;
using Brigade.Slack.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brigade.Slack.WebApi;

/// <summary>
/// The HTTP Web API client: JSON bodies (form for read methods), Bearer token, retries on 429
/// (honouring Retry-After, pausing the whole method) and on 5xx or network failures (bounded backoff).
/// Tokens never reach a log line.
/// </summary>
public sealed class SlackApiClient(
    HttpClient http,
    IOptionsMonitor<SlackOptions> options,
    TimeProvider time,
    SlackMetrics metrics,
    ILogger<SlackApiClient> log) : ISlackApi
{
    public const string HttpClientName = "slack";
    public const int MaxAttempts = 4;
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    // Methods documented as form-only (or read methods, where form is the safe choice).
    private static readonly HashSet<string> FormMethods = new(StringComparer.Ordinal)
    {
        "users.info", "users.list", "chat.getPermalink", "conversations.list", "conversations.members",
        "conversations.info", "files.getUploadURLExternal", "usergroups.users.list", "apps.connections.open",
    };

    private readonly MethodPauses pauses = new(time);

    public async Task<JsonObject> CallAsync(string method, JsonObject arguments, CancellationToken ct = default,
        SlackToken token = SlackToken.Bot)
    {
        var current = options.CurrentValue;
        var url = new Uri(new Uri(EnsureSlash(current.ApiBaseUrl)), method);
        var secret = token == SlackToken.App ? current.AppToken : current.BotToken;
        if (string.IsNullOrWhiteSpace(secret)) throw new SlackApiException(method, "not_authed");

        var body = await SendWithRetriesAsync(method, () => Request(url, method, arguments, secret), ct);
        var response = ParseResponse(method, body);
        if (response["ok"]?.GetValue<bool>() == true)
        {
            metrics.ApiAttempt(method, SlackMetrics.Ok);
            return response;
        }
        metrics.ApiAttempt(method, SlackMetrics.Error);
        var messages = response["response_metadata"]?["messages"]?.AsArray().Select(m => m?.ToString() ?? "").ToArray();
        var error = response["error"]?.ToString() ?? "unknown_error";
        log.LogWarning("Slack {Method} answered ok:false ({Error})", method, error);
        throw new SlackApiException(method, error, messages);
    }

    public async Task UploadAsync(string uploadUrl, ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default)
    {
        if (!UrlPrefixes.Admit(options.CurrentValue.EffectiveUploadUrlPrefixes, uploadUrl))
        {
            // The URL itself is not logged: it is a capability, and it may be where an attacker wants the file.
            log.LogWarning("files.getUploadURLExternal returned an upload URL outside Slack:UploadUrlPrefixes; {FileName} was not sent",
                fileName);
            throw new SlackApiException("files.getUploadURLExternal", "upload_url_not_allowed");
        }
        await SendWithRetriesAsync("file upload", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl)
            {
                Content = new ByteArrayContent(content.ToArray()),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return request;
        }, ct);
        metrics.ApiAttempt("file upload", SlackMetrics.Ok);
    }

    public async Task RespondAsync(string responseUrl, JsonObject message, CancellationToken ct = default)
    {
        await SendWithRetriesAsync("response_url", () => new HttpRequestMessage(HttpMethod.Post, responseUrl)
        {
            Content = JsonContent(message),
        }, ct);
        metrics.ApiAttempt("response_url", SlackMetrics.Ok);
    }

    private static HttpRequestMessage Request(Uri url, string method, JsonObject arguments, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = FormMethods.Contains(method) ? FormContent(arguments) : JsonContent(arguments);
        return request;
    }

    private async Task<string> SendWithRetriesAsync(string what, Func<HttpRequestMessage> build, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await pauses.WaitAsync(what, ct);
            TimeSpan wait;
            string reason;
            var rateLimited = false;
            try
            {
                using var request = build();
                using var response = await http.SendAsync(request, ct);
                var text = await response.Content.ReadAsStringAsync(ct);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    wait = RetryAfter(response);
                    pauses.Pause(what, wait);
                    rateLimited = true;
                    reason = "rate limited (429)";
                }
                else if ((int)response.StatusCode >= 500)
                {
                    wait = Backoff(attempt);
                    reason = $"HTTP {(int)response.StatusCode}";
                }
                else if (!response.IsSuccessStatusCode)
                {
                    metrics.ApiAttempt(what, SlackMetrics.Error);
                    log.LogWarning("Slack {What} answered HTTP {Status}", what, (int)response.StatusCode);
                    throw new SlackApiException(what, $"http_{(int)response.StatusCode}");
                }
                else
                {
                    return text;
                }
            }
            catch (HttpRequestException ex)
            {
                wait = Backoff(attempt);
                reason = ex.HttpRequestError.ToString();
            }
            catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
            {
                wait = Backoff(attempt);
                reason = "timeout";
                if (attempt >= MaxAttempts)
                {
                    metrics.ApiAttempt(what, SlackMetrics.Error);
                    throw new SlackApiException(what, SlackApiException.RetriesExhausted, inner: ex);
                }
            }

            metrics.ApiAttempt(what, attempt >= MaxAttempts ? SlackMetrics.Error : rateLimited ? SlackMetrics.RateLimited : SlackMetrics.Retried);
            if (attempt >= MaxAttempts)
            {
                log.LogError("Slack {What} failed after {Attempts} attempts ({Reason})", what, attempt, reason);
                throw new SlackApiException(what, SlackApiException.RetriesExhausted, [reason]);
            }
            log.LogWarning("Slack {What}: {Reason}, retry {Attempt} in {Wait}", what, reason, attempt, wait);
            // A 429 paused the whole method: the wait happens in pauses.WaitAsync at the top of the loop.
            if (!rateLimited) await Task.Delay(wait, time, ct);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(1));
        if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
        return wait > MaxRetryAfter ? MaxRetryAfter : wait;
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1) + Random.Shared.Next(0, 100));

    private static JsonObject ParseResponse(string method, string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw new SlackApiException(method, "invalid_response");
        }
        catch (JsonException)
        {
            throw new SlackApiException(method, "invalid_response");
        }
    }

    private static StringContent JsonContent(JsonObject body) =>
        new(body.ToJsonString(SlackJson.Options), Encoding.UTF8, "application/json");

    private static FormUrlEncodedContent FormContent(JsonObject arguments) =>
        new(arguments.Select(a => new KeyValuePair<string, string>(a.Key, a.Value switch
        {
            null => "",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            var other => other.ToJsonString(SlackJson.Options),
        })));

    private static string EnsureSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
