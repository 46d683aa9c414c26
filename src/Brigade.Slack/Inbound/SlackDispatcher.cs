using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Diagnostics;
using Brigade.Slack.FollowUp;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brigade.Slack.Inbound;

/// <summary>
/// The one dispatcher: takes a parsed, verified request from any transport, runs its handler in a fresh
/// scope, and returns the acknowledgement. Slack always gets it within <see cref="SlackOptions.AckDeadline"/>:
/// a slower handler goes on after the ack and delivers its reply through the response_url.
/// A handler's exception is logged and the person gets the app's apology, never a stack trace.
/// </summary>
public sealed class SlackDispatcher(
    SlackRoutes routes,
    IServiceScopeFactory scopes,
    SlackFollowUpQueue followUp,
    AcknowledgementsInFlight acknowledgements,
    IEventDeduplicator deduplicator,
    IOptionsMonitor<SlackOptions> options,
    IOptions<SlackFailureTexts> texts,
    TimeProvider time,
    SlackMetrics metrics,
    ILogger<SlackDispatcher> log)
{
    private static readonly HashSet<string> InteractionKinds = new(StringComparer.Ordinal)
    {
        "block_actions", "view_submission", "view_closed", "block_suggestion", "shortcut", "message_action",
    };

    private readonly ConcurrentDictionary<string, byte> eventsInProgress = new(StringComparer.Ordinal);

    public Task<SlackAck> DispatchCommandAsync(SlashCommand command, CancellationToken ct) =>
        ObservedAsync("command", SlackRequestId.New(), () => CommandAsync(command));

    /// <summary>Dispatches an interactivity payload: the decoded <c>payload</c> form field, UTF-8 JSON.</summary>
    public Task<SlackAck> DispatchInteractionAsync(ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        var type = PayloadType.Of(payload.Span);
        return ObservedAsync(type is not null && InteractionKinds.Contains(type) ? type : "other", SlackRequestId.New(),
            () => InteractionAsync(type, payload));
    }

    /// <summary>Dispatches an interactivity payload that came parsed inside its envelope (Socket Mode).</summary>
    public Task<SlackAck> DispatchInteractionAsync(JsonElement payload, CancellationToken ct) =>
        DispatchInteractionAsync(JsonMarshal.GetRawUtf8Value(payload).ToArray(), ct);

    /// <summary>Dispatches an Events API body: answers url_verification, de-duplicates and handles event callbacks.</summary>
    public Task<SlackAck> DispatchEventAsync(JsonElement body, CancellationToken ct) =>
        ObservedAsync("event", EventIdOf(body) ?? SlackRequestId.New(), () => EventAsync(body, ct));

    /// <summary>Runs one request's dispatch inside its correlation scope and times its acknowledgement.</summary>
    private async Task<SlackAck> ObservedAsync(string kind, string requestId, Func<Task<SlackAck>> dispatch)
    {
        var started = time.GetTimestamp();
        using var inFlight = acknowledgements.Enter();
        using var scope = SlackRequestId.Enter(log, requestId);
        log.LogDebug("Slack {Kind} request", kind);
        try
        {
            return await dispatch();
        }
        finally
        {
            metrics.Acknowledged(kind, time.GetElapsedTime(started));
        }
    }

    private async Task<SlackAck> CommandAsync(SlashCommand command)
    {
        var (subCommand, arguments) = SubCommandText.Split(command.Text);
        command = command with { SubCommand = subCommand, Arguments = arguments };
        var handlerType = (subCommand.Length > 0 ? routes.FindCommand(subCommand)?.Handler : null) ?? routes.FallbackCommand;
        if (handlerType is null)
        {
            log.LogDebug("No handler for sub-command '{SubCommand}'", subCommand);
            return SlackAck.Empty;
        }

        var work = RunAsync<CommandReply?>(handlerType, $"command {command.Command} {subCommand}",
            (h, token) => ((ISlashCommandHandler)h).HandleAsync(command, token));
        var (finished, reply) = await WithinDeadlineAsync(work);
        if (finished) return reply.Failed ? SlackAck.WithJson(CommandReply.Ephemeral(texts.Value.Apology)) : CommandAck(reply.Value);

        followUp.Enqueue("late command reply", async (services, token) =>
        {
            // The handler itself runs on; a shutdown only stops waiting for it.
            var late = await work.WaitAsync(token);
            var message = late.Failed
                ? new SlackMessage(texts.Value.Apology)
                : late.Value is { } r ? new SlackMessage(r.Text, r.Blocks) : null;
            if (message is not null)
                await services.GetRequiredService<SlackMessenger>()
                    .ReplyEphemeralAsync(command.ResponseUrl, command.ChannelId, command.UserId, message, ct: token);
        });
        return SlackAck.Empty;
    }

    private Task<SlackAck> InteractionAsync(string? type, ReadOnlyMemory<byte> payload)
    {
        try
        {
            return type switch
            {
                "block_actions" => BlockActionsAsync(SlackJson.Deserialize<BlockActionsPayload>(payload.Span)),
                "view_submission" => ViewSubmissionAsync(SlackJson.Deserialize<ViewSubmissionPayload>(payload.Span)),
                "view_closed" => ViewClosedAsync(SlackJson.Deserialize<ViewClosedPayload>(payload.Span)),
                "block_suggestion" => SuggestionAsync(SlackJson.Deserialize<BlockSuggestionPayload>(payload.Span)),
                "shortcut" or "message_action" => ShortcutAsync(SlackJson.Deserialize<ShortcutPayload>(payload.Span)),
                null => Task.FromResult(SlackAck.BadRequest),
                // Nothing reads a payload of another type: only check that it is JSON, as the typed ones are checked.
                _ => PayloadType.IsWellFormed(payload.Span) ? Ignored(type) : Task.FromResult(SlackAck.BadRequest),
            };
        }
        catch (JsonException ex)
        {
            log.LogInformation("Malformed {Type} payload: {Reason}", type, ex.Message);
            return Task.FromResult(SlackAck.BadRequest);
        }
    }

    private async Task<SlackAck> EventAsync(JsonElement body, CancellationToken ct)
    {
        var type = TypeOf(body);
        switch (type)
        {
            case "url_verification":
                var challenge = body.TryGetProperty("challenge", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                return challenge is null ? SlackAck.BadRequest : SlackAck.WithText(challenge);
            case "event_callback":
                EventCallback envelope;
                try
                {
                    envelope = SlackJson.Deserialize<EventCallback>(body);
                }
                catch (JsonException)
                {
                    return SlackAck.BadRequest;
                }
                if (envelope.EventId.Length == 0 || envelope.EventType.Length == 0) return SlackAck.BadRequest;
                await HandleEventAsync(envelope, ct);
                return SlackAck.Empty;
            case null:
                return SlackAck.BadRequest;
            default:
                return await Ignored(type);
        }
    }

    /// <summary>
    /// Runs the event's handlers and acknowledges once they are done (or at the ack deadline, the rest going on after):
    /// a crash before the ack makes Slack redeliver, and since only completion is recorded, the redelivery is handled.
    /// A redelivery that arrives while the first delivery is still being handled is acknowledged and dropped.
    /// </summary>
    private async Task HandleEventAsync(EventCallback envelope, CancellationToken ct)
    {
        var handlers = routes.FindEvents(envelope.EventType);
        if (handlers.Count == 0)
        {
            log.LogDebug("No handler for event {EventType}", envelope.EventType);
            return;
        }
        if (!eventsInProgress.TryAdd(envelope.EventId, 0))
        {
            log.LogInformation("Event {EventId} is still being handled; redelivery ignored", envelope.EventId);
            return;
        }
        Task<Outcome<bool>> work;
        try
        {
            if (await deduplicator.WasHandledAsync(envelope.EventId, ct))
            {
                log.LogInformation("Event {EventId} already handled; redelivery ignored", envelope.EventId);
                eventsInProgress.TryRemove(envelope.EventId, out _);
                return;
            }
            work = RunEventHandlersAsync(envelope, handlers);
        }
        catch
        {
            eventsInProgress.TryRemove(envelope.EventId, out _);
            throw;
        }
        var (finished, _) = await WithinDeadlineAsync(work);
        if (!finished) followUp.Enqueue($"event {envelope.EventType} after the ack", async (_, token) => await work.WaitAsync(token));
    }

    private async Task<Outcome<bool>> RunEventHandlersAsync(EventCallback envelope, IReadOnlyList<Type> handlers)
    {
        try
        {
            var outcomes = await Task.WhenAll(handlers.Select(handlerType =>
                RunAsync(handlerType, $"event {envelope.EventType} ({handlerType.Name})", async (h, token) =>
                {
                    await ((ISlackEventHandler)h).HandleAsync(envelope, token);
                    return true;
                })));
            // A failed handler leaves the event unrecorded: a redelivery gets another chance.
            if (outcomes.Any(o => o.Failed)) return new Outcome<bool>(false, true);
            await deduplicator.MarkHandledAsync(envelope.EventId, CancellationToken.None);
            return new Outcome<bool>(true, false);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Event {EventId} was handled but could not be recorded as such", envelope.EventId);
            return new Outcome<bool>(false, true);
        }
        finally
        {
            eventsInProgress.TryRemove(envelope.EventId, out _);
        }
    }

    private async Task<SlackAck> BlockActionsAsync(BlockActionsPayload payload)
    {
        var works = new List<Task<Outcome<bool>>>();
        foreach (var action in payload.Actions)
        {
            var handlerType = routes.FindAction(action.ActionId);
            if (handlerType is null)
            {
                // Link buttons send an action too; nothing to do for them.
                log.LogDebug("No handler for action {ActionId}", action.ActionId);
                continue;
            }
            works.Add(RunAsync(handlerType, $"action {action.ActionId}", async (h, token) =>
            {
                await ((IBlockActionHandler)h).HandleAsync(payload, action, token);
                return true;
            }));
        }
        foreach (var work in works)
        {
            var (finished, outcome) = await WithinDeadlineAsync(work);
            if (finished && outcome.Failed) ApologizeLater(payload);
            else if (!finished)
                followUp.Enqueue("late action", async (_, token) => { if ((await work.WaitAsync(token)).Failed) ApologizeLater(payload); });
        }
        return SlackAck.Empty;
    }

    private async Task<SlackAck> ViewSubmissionAsync(ViewSubmissionPayload payload)
    {
        var handlerType = routes.FindViewSubmission(payload.View.CallbackId);
        if (handlerType is null)
        {
            log.LogWarning("No handler for view {CallbackId}", payload.View.CallbackId);
            return SlackAck.Empty;
        }
        var work = RunAsync<ViewSubmissionReply>(handlerType, $"view {payload.View.CallbackId}",
            (h, token) => ((IViewSubmissionHandler)h).HandleAsync(payload, token));
        var (finished, reply) = await WithinDeadlineAsync(work);
        if (!finished)
        {
            log.LogWarning("View {CallbackId} took longer than the ack deadline; the modal was closed", payload.View.CallbackId);
            return SlackAck.Empty;
        }
        if (reply.Failed) return SlackAck.WithJson(ViewSubmissionReply.Update(ApologyModal()));
        return reply.Value is null || reply.Value.ClosesView ? SlackAck.Empty : SlackAck.WithJson(reply.Value);
    }

    private async Task<SlackAck> ViewClosedAsync(ViewClosedPayload payload)
    {
        var handlerType = routes.FindViewClosed(payload.View.CallbackId);
        if (handlerType is not null)
            followUp.Enqueue($"view closed {payload.View.CallbackId}", (services, token) =>
                ((IViewClosedHandler)services.GetRequiredService(handlerType)).HandleAsync(payload, token));
        return await Task.FromResult(SlackAck.Empty);
    }

    private async Task<SlackAck> SuggestionAsync(BlockSuggestionPayload payload)
    {
        var handlerType = routes.FindSuggestion(payload.ActionId);
        if (handlerType is null) return SlackAck.WithJson(OptionsReply.None);
        var work = RunAsync<OptionsReply>(handlerType, $"options {payload.ActionId}",
            (h, token) => ((IBlockSuggestionHandler)h).HandleAsync(payload, token));
        var (finished, reply) = await WithinDeadlineAsync(work);
        return SlackAck.WithJson(finished && !reply.Failed && reply.Value is not null ? reply.Value : OptionsReply.None);
    }

    private Task<SlackAck> ShortcutAsync(ShortcutPayload payload)
    {
        var handlerType = routes.FindShortcut(payload.CallbackId);
        if (handlerType is null) return Ignored($"shortcut {payload.CallbackId}");
        // A shortcut usually opens a modal: run it now (trigger_id lives 3 s) but never hold the ack.
        _ = RunAsync(handlerType, $"shortcut {payload.CallbackId}", async (h, token) =>
        {
            await ((IShortcutHandler)h).HandleAsync(payload, token);
            return true;
        });
        return Task.FromResult(SlackAck.Empty);
    }

    /// <summary>The <c>type</c> of a payload, or <c>null</c> when it has none or it is not a string.</summary>
    private static string? TypeOf(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;

    /// <summary>The <c>event_id</c> of an event callback, the natural correlation id (Slack's retries carry it too).</summary>
    private static string? EventIdOf(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("event_id", out var id) && id.ValueKind == JsonValueKind.String
            && id.GetString() is { Length: > 0 and <= 64 } value && value.All(char.IsAsciiLetterOrDigit)
            ? value
            : null;

    private Task<SlackAck> Ignored(string? what)
    {
        log.LogDebug("Ignored Slack payload of type {Type}", what);
        return Task.FromResult(SlackAck.Empty);
    }

    private readonly record struct Outcome<T>(T? Value, bool Failed);

    /// <summary>Runs a handler in its own scope; the scope lives until the handler ends, even after the ack.</summary>
    private async Task<Outcome<T>> RunAsync<T>(Type handlerType, string what, Func<object, CancellationToken, Task<T>> call)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService(handlerType);
            return new Outcome<T>(await call(handler, CancellationToken.None), false);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Slack handler for {What} failed", what);
            return new Outcome<T>(default, true);
        }
    }

    private async Task<(bool Finished, Outcome<T> Outcome)> WithinDeadlineAsync<T>(Task<Outcome<T>> work)
    {
        if (work.IsCompleted) return (true, work.Result);
        using var cancelDelay = new CancellationTokenSource();
        var deadline = Task.Delay(options.CurrentValue.AckDeadline, time, cancelDelay.Token);
        if (await Task.WhenAny(work, deadline) == work)
        {
            await cancelDelay.CancelAsync();
            return (true, work.Result);
        }
        return (false, default);
    }

    private static SlackAck CommandAck(CommandReply? reply) => reply is null ? SlackAck.Empty : new SlackAck(200, reply.Wire);

    private void ApologizeLater(BlockActionsPayload payload) =>
        followUp.Enqueue("apology", (services, token) => services.GetRequiredService<SlackMessenger>().ReplyEphemeralAsync(
            payload.ResponseUrl, payload.ChannelId, payload.User.Id, new SlackMessage(texts.Value.Apology), ct: token));

    private ModalView ApologyModal() =>
        new(texts.Value.ApologyTitle, [SectionBlock.Markdown(texts.Value.Apology)], close: "OK");
}
