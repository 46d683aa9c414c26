using System.Text.Json.Nodes;
using Brigade.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brigade.Slack.SocketMode;

/// <summary>
/// Keeps the bot connected to Slack over Socket Mode while <c>Slack:AppToken</c> is set (does nothing otherwise).
/// On <c>refresh_requested</c> or <c>warning</c> it opens the replacement before the old socket goes, so nothing
/// is dropped; a lost socket is replaced after a growing, bounded, jittered wait; <c>link_disabled</c> stops it.
/// </summary>
public sealed class SlackSocketModeService(
    IOptions<SlackOptions> slack,
    IOptions<SocketModeOptions> options,
    ISlackApi api,
    SocketModeInbound inbound,
    SlackConnectionState state,
    TimeProvider time,
    ILogger<SlackSocketModeService> log) : BackgroundService
{
    private const string LinkDisabled = "link_disabled";
    private readonly List<SocketModeConnection> live = [];
    private int opened; // connections that said hello; only the supervisor loop opens them

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (!slack.Value.IsSocketModeConfigured) return;
        if (!slack.Value.IsBotTokenConfigured)
        {
            log.LogError("Socket Mode not started: Slack:BotToken is empty, so Web API calls (apps.connections.open too) run dry");
            state.Stopped("Slack:BotToken is empty");
            return;
        }
        state.Starting();
        var backoff = new ReconnectBackoff(options.Value, Random.Shared.NextDouble);
        try
        {
            var current = await ConnectAsync(backoff, null, "start", stop);
            while (current is not null)
            {
                await Task.WhenAny(current.DisconnectRequested, current.Closed).WaitAsync(stop);
                if (current.DisconnectRequested.IsCompleted)
                {
                    var reason = await current.DisconnectRequested;
                    if (reason == LinkDisabled) break;
                    if (reason is "refresh_requested" or "warning")
                    {
                        var old = current;
                        current = await ConnectAsync(backoff, null, $"Slack asked connection {old.Number} to make way ({reason})", stop);
                        // After a warning Slack closes the old socket itself; a refresh is ours to close.
                        if (reason == "refresh_requested") _ = old.CloseAsync("refreshed");
                        continue;
                    }
                }
                var why = await current.Closed.WaitAsync(stop);
                Account(current, why);
                backoff.ConnectionEnded(time.GetUtcNow() - current.ConnectedAt);
                current = await ConnectAsync(backoff, backoff.Next(), $"connection {current.Number} lost: {why}", stop);
            }
            log.LogError("Slack disabled Socket Mode for this app (link_disabled): the bot stops connecting. " +
                "Turn Socket Mode back on in the app settings, or use the HTTP request URLs, then restart the bot");
            state.Stopped(LinkDisabled);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Never take the host down with us: HTTP endpoints keep working and /health reports the loss.
            log.LogError(ex, "Socket Mode stopped after an unexpected failure");
            state.Stopped("unexpected failure: " + ex.Message);
        }
        finally
        {
            await CloseAllAsync();
        }
    }

    /// <summary>Opens a connection, after <paramref name="wait"/>; <c>null</c> when Slack disabled Socket Mode.</summary>
    private async Task<SocketModeConnection?> ConnectAsync(ReconnectBackoff backoff, TimeSpan? wait, string why, CancellationToken stop)
    {
        while (true)
        {
            if (wait is { } delay)
            {
                var waiting = Task.Delay(delay, time, stop); // armed before it is announced, so a test may advance the clock at once
                log.LogWarning("Socket Mode: {Reason}; reconnecting in {Delay:0.0} s", why, delay.TotalSeconds);
                state.Waiting(delay, why);
                await waiting;
            }
            state.Attempting();
            try
            {
                var url = await TicketAsync(stop);
                var connection = await SocketModeConnection.OpenAsync(url, opened + 1, options.Value, inbound, time, log, stop, stop);
                opened++;
                Watch(connection);
                log.LogInformation("Socket Mode connected: connection {Number} to {Host} ({Open} open; {Reason})",
                    connection.Number, connection.Host, state.OpenConnections, why);
                return connection;
            }
            catch (SocketModeRefusedException refused) when (refused.Reason == LinkDisabled)
            {
                return null;
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                why = $"connection attempt failed: {ex.Message}";
                wait = backoff.Next();
            }
        }
    }

    /// <summary>A one-time wss URL from <c>apps.connections.open</c>, called with the app-level token.</summary>
    private async Task<Uri> TicketAsync(CancellationToken ct)
    {
        var response = await api.CallAsync("apps.connections.open", new JsonObject(), ct, SlackToken.App);
        var text = response["url"] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
        // Plain ws is only for a local fake Slack reached over plain http.
        var plainAllowed = slack.Value.ApiBaseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || !(url.Scheme == "wss" || (plainAllowed && url.Scheme == "ws")))
            throw new SlackApiException("apps.connections.open", "invalid_url");
        return url;
    }

    private void Watch(SocketModeConnection connection)
    {
        lock (live) live.Add(connection);
        state.Opened();
        _ = WhenClosedAsync();

        async Task WhenClosedAsync() => Account(connection, await connection.Closed);
    }

    /// <summary>
    /// Counts a closed connection once, whoever notices first: the watcher, or the supervisor before it arms a
    /// reconnection, so the state never shows a reconnection wait beside a socket already gone.
    /// </summary>
    private void Account(SocketModeConnection connection, string why)
    {
        lock (live)
            if (!live.Remove(connection)) return;
        state.Closed(why);
        log.LogInformation("Socket Mode connection {Number} closed ({Reason}); {Open} open", connection.Number, why, state.OpenConnections);
    }

    private async Task CloseAllAsync()
    {
        SocketModeConnection[] all;
        lock (live) all = [.. live];
        await Task.WhenAll(all.Select(c => c.CloseAsync("shutting down")));
    }
}
