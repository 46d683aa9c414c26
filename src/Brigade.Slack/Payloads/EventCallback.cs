using System.Text.Json;
using Brigade.Slack.Json;

namespace Brigade.Slack.Payloads;

/// <summary>The Events API <c>event_callback</c> wrapper; <see cref="Event"/> is the inner event.</summary>
public sealed record EventCallback
{
    public string Type { get; init; } = "";
    public string? TeamId { get; init; }
    public string? EnterpriseId { get; init; }
    public string? ApiAppId { get; init; }
    /// <summary>Globally unique; what redeliveries are de-duplicated on.</summary>
    public string EventId { get; init; } = "";
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

public sealed record EventAuthorization
{
    public string? EnterpriseId { get; init; }
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public bool IsBot { get; init; }
}

/// <summary><c>team_join</c>: a member joined the workspace.</summary>
public sealed record TeamJoinEvent
{
    public SlackUserInfo User { get; init; } = new();
}

/// <summary><c>app_home_opened</c>: sent on every visit to the App Home.</summary>
public sealed record AppHomeOpenedEvent
{
    public string User { get; init; } = "";
    public string? Channel { get; init; }
    /// <summary><c>home</c> or <c>messages</c>.</summary>
    public string? Tab { get; init; }
    public ViewPayload? View { get; init; }
}

/// <summary>A user object (<c>team_join</c>, <c>users.info</c>).</summary>
public sealed record SlackUserInfo
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
    public bool Deleted { get; init; }
    public bool IsBot { get; init; }
    public bool IsAppUser { get; init; }
    public bool IsRestricted { get; init; }
    public bool IsUltraRestricted { get; init; }
    public string? Tz { get; init; }
    public string? Locale { get; init; }
}
