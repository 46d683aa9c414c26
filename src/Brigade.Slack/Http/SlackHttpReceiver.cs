using System.Text.Json;
using System.Text.Unicode;
using Brigade.Slack.Inbound;
using Brigade.Slack.Payloads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brigade.Slack.Http;

/// <summary>
/// Answers Slack's HTTP requests. Every one reads the raw body (413 above the limit), verifies the signature (401),
/// parses (400), then hands a typed request to the dispatcher.
/// </summary>
internal sealed class SlackHttpReceiver(
    IOptionsMonitor<SlackOptions> optionsMonitor,
    SlackSignatureVerifier verifier,
    SlackDispatcher dispatcher,
    ILoggerFactory loggers)
{
    private readonly ILogger log = loggers.CreateLogger("Brigade.Slack.Http");

    public async Task HandleAsync(HttpContext http, SlackHttpKind kind)
    {
        var options = optionsMonitor.CurrentValue;
        var ct = http.RequestAborted;

        var body = await SlackRequestBody.ReadAsync(http.Request, options.MaxBodyBytes, ct);
        if (body is null)
        {
            log.LogInformation("Slack request refused: body over {Limit} bytes", options.MaxBodyBytes);
            await WriteAsync(http, SlackAck.TooLarge);
            return;
        }

        var check = verifier.Verify(
            http.Request.Headers["X-Slack-Request-Timestamp"], http.Request.Headers["X-Slack-Signature"], body);
        if (check != SignatureCheck.Valid)
        {
            log.LogWarning("Slack request refused on {Path}: signature {Check}", http.Request.Path, check);
            await WriteAsync(http, SlackAck.Unauthorized);
            return;
        }

        SlackAck ack;
        try
        {
            ack = kind switch
            {
                SlackHttpKind.Command => await CommandAsync(body, ct),
                SlackHttpKind.Interaction => await InteractionAsync(body, ct),
                _ => await EventAsync(body, ct),
            };
        }
        catch (Exception ex) when (ex is JsonException or FormatException or UriFormatException)
        {
            log.LogInformation("Malformed Slack request on {Path}: {Reason}", http.Request.Path, ex.Message);
            ack = SlackAck.BadRequest;
        }
        await WriteAsync(http, ack);
    }

    private Task<SlackAck> CommandAsync(byte[] body, CancellationToken ct)
    {
        var form = SlackRequestBody.ParseForm(body);
        // Slack checks the certificate of a command URL with ssl_check=1: answer 200, do nothing.
        if (form.GetValueOrDefault("ssl_check") == "1") return Task.FromResult(SlackAck.Empty);
        if (!form.ContainsKey("command") || !form.ContainsKey("user_id")) return Task.FromResult(SlackAck.BadRequest);
        return dispatcher.DispatchCommandAsync(SlashCommand.FromFields(form.GetValueOrDefault), ct);
    }

    private Task<SlackAck> InteractionAsync(byte[] body, CancellationToken ct)
    {
        // The parser checks a string's bytes only when the string is read: a payload that is not UTF-8 is refused here.
        if (SlackRequestBody.Field(body, "payload"u8) is not { Length: > 0 } payload || !Utf8.IsValid(payload.Span))
            return Task.FromResult(SlackAck.BadRequest);
        return dispatcher.DispatchInteractionAsync(payload, ct);
    }

    private async Task<SlackAck> EventAsync(byte[] body, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(body);
        return await dispatcher.DispatchEventAsync(document.RootElement, ct);
    }

    private static async Task WriteAsync(HttpContext http, SlackAck ack)
    {
        http.Response.StatusCode = ack.StatusCode;
        if (ack.Json is { } json)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.ContentLength = json.Length;
            await http.Response.Body.WriteAsync(json);
        }
        else if (ack.PlainText is { } text)
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(text);
        }
        else if (ack.StatusCode == 401)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync("{\"error\":\"invalid request\"}");
        }
        else
        {
            http.Response.ContentLength = 0;
        }
    }
}
