using System.Text.Json;
using Brigade.Slack.Json;

namespace Brigade.Slack.Payloads;

/// <summary>The Events API <c>event_callback</c> wrapper; <see cref="Event"/> is the inner event.</summary>
public sealed record EventCallback
{
    public string Type { get; set; } = "";
    public string? TeamId { get; init; }
    public string? EnterpriseId { get; init; }
    public string? ApiAppId { get; init; }
    /// <summary>Globally unique; what redeliveries are de-duplicated on.</summary>
    public string EventId { get; set; } = "";
    public long EventTime { get; init; }
    public JsonElement Event { get; init; }
    public IReadOnlyList<EventAuthorization>? Authorizations { get; init; }

    /// <summary>The inner event's <c>type</c> (<c>team_join</c>, <c>app_home_opened</c>…).</summary>
    public string EventType =>
        Event.ValueKind == JsonValueKind.Object && Event.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()!
            : "";

    /// <summary>The inner event as a typed record.</summary>
    public T EventAs<T>() => SlackJson.Deserialize<T>(Event);
}
