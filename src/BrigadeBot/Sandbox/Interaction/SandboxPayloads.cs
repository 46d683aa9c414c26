using System.Globalization;
using System.Text.Json.Nodes;
using BrigadeBot.Sandbox.Workspace;

namespace BrigadeBot.Sandbox.Interaction;

/// <summary>The payloads Slack would send for what a person does on the page, in Slack's own shapes.</summary>
public static class SandboxPayloads
{
    public static JsonObject User(SandboxPerson person) => new()
    {
        ["id"] = person.Id, ["username"] = person.Name, ["name"] = person.Name, ["team_id"] = SandboxIdentity.TeamId,
    };

    private static JsonObject Team() => new() { ["id"] = SandboxIdentity.TeamId, ["domain"] = SandboxIdentity.TeamDomain };

    private static JsonObject Interaction(string type, SandboxPerson person, string triggerId) => new()
    {
        ["type"] = type,
        ["team"] = Team(),
        ["user"] = User(person),
        ["api_app_id"] = SandboxIdentity.AppId,
        ["token"] = "sandbox",
        ["trigger_id"] = triggerId,
        ["is_enterprise_install"] = false,
    };

    /// <summary>The <c>actions[]</c> entry of a click or a pick, or <c>null</c> when the element does not offer that choice.</summary>
    public static JsonObject? Action(SurfaceElement element, JsonNode? choice, DateTimeOffset now)
    {
        var action = new JsonObject
        {
            ["type"] = element.Type,
            ["action_id"] = element.ActionId,
            ["block_id"] = element.BlockId,
            ["action_ts"] = Ts(now),
        };
        var chosen = choice is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        switch (element.Type)
        {
            case "button":
                action["text"] = element.Element["text"]?.DeepClone();
                action["value"] = SurfaceElements.Str(element.Element, "value");
                action["style"] = SurfaceElements.Str(element.Element, "style");
                break;
            case "overflow" or "static_select" or "radio_buttons":
                if (SurfaceElements.Option(element.Element, chosen) is not { } option) return null;
                action["selected_option"] = option.DeepClone();
                break;
            default:
                // Every other stateful element reports its value as in state.values.
                var state = SandboxViewState.Build(new JsonArray(element.Block.DeepClone()),
                    new JsonObject { [element.BlockId] = new JsonObject { [element.ActionId] = choice?.DeepClone() } });
                if (state[element.BlockId]?[element.ActionId] is not JsonObject values) return null;
                foreach (var (key, value) in values.ToArray()) action[key] = value?.DeepClone();
                break;
        }
        return action;
    }

    public static JsonObject BlockActionsOnMessage(SandboxPerson person, string triggerId, SandboxMessage message,
        string channelName, string responseUrl, JsonObject action, JsonObject stateValues)
    {
        var payload = Interaction("block_actions", person, triggerId);
        payload["container"] = new JsonObject
        {
            ["type"] = "message", ["message_ts"] = message.Ts, ["channel_id"] = message.Channel, ["is_ephemeral"] = message.IsEphemeral,
        };
        payload["channel"] = new JsonObject { ["id"] = message.Channel, ["name"] = channelName };
        if (!message.IsEphemeral) payload["message"] = message.ToPayload(); // Slack leaves it out for ephemeral messages
        payload["response_url"] = responseUrl;
        payload["actions"] = new JsonArray(action);
        payload["state"] = new JsonObject { ["values"] = stateValues };
        return payload;
    }

    public static JsonObject BlockActionsOnView(SandboxPerson person, string triggerId, SandboxView view, JsonObject action,
        JsonObject stateValues)
    {
        var payload = Interaction("block_actions", person, triggerId);
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = view.Id };
        payload["view"] = view.ToPayload(stateValues);
        payload["actions"] = new JsonArray(action);
        payload["state"] = new JsonObject { ["values"] = stateValues.DeepClone() };
        return payload;
    }

    public static JsonObject ViewSubmission(SandboxPerson person, string triggerId, SandboxView view, JsonObject stateValues)
    {
        var payload = Interaction("view_submission", person, triggerId);
        payload["view"] = view.ToPayload(stateValues);
        payload["response_urls"] = new JsonArray();
        return payload;
    }

    public static JsonObject ViewClosed(SandboxPerson person, SandboxView view, JsonObject stateValues)
    {
        var payload = Interaction("view_closed", person, "");
        payload.Remove("trigger_id");
        payload["view"] = view.ToPayload(stateValues);
        payload["is_cleared"] = false;
        return payload;
    }

    public static JsonObject BlockSuggestion(SandboxPerson person, SurfaceElement element, string typed, SandboxView? view)
    {
        var payload = Interaction("block_suggestion", person, "");
        payload.Remove("trigger_id");
        payload["action_id"] = element.ActionId;
        payload["block_id"] = element.BlockId;
        payload["value"] = typed;
        if (view is not null)
        {
            payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = view.Id };
            payload["view"] = view.ToPayload(view.StateValues ?? []);
        }
        return payload;
    }

    /// <summary>An Events API <c>event_callback</c> around <paramref name="inner"/>.</summary>
    public static JsonObject Event(JsonObject inner, DateTimeOffset now) => new()
    {
        ["token"] = "sandbox",
        ["team_id"] = SandboxIdentity.TeamId,
        ["api_app_id"] = SandboxIdentity.AppId,
        ["event"] = inner,
        ["type"] = "event_callback",
        ["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
        ["event_time"] = now.ToUnixTimeSeconds(),
    };

    public static JsonObject TeamJoin(SandboxPerson person, string timeZone, DateTimeOffset now) => Event(new JsonObject
    {
        ["type"] = "team_join",
        ["user"] = new JsonObject
        {
            ["id"] = person.Id, ["team_id"] = SandboxIdentity.TeamId, ["name"] = person.Name, ["real_name"] = person.Name,
            ["deleted"] = false, ["is_bot"] = false, ["is_app_user"] = false, ["is_restricted"] = false,
            ["is_ultra_restricted"] = false, ["tz"] = timeZone,
        },
        ["event_ts"] = Ts(now),
    }, now);

    public static JsonObject AppHomeOpened(SandboxPerson person, SandboxView? home, DateTimeOffset now)
    {
        var inner = new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = person.Id, ["channel"] = SandboxIdentity.DirectChannelOf(person.Id),
            ["tab"] = "home", ["event_ts"] = Ts(now),
        };
        if (home is not null) inner["view"] = home.ToPayload([]);
        return Event(inner, now);
    }

    public static JsonObject MessagePosted(SandboxMessage message) => Event(new JsonObject
    {
        ["type"] = "message",
        ["channel"] = message.Channel,
        ["user"] = message.Author,
        ["text"] = message.Text,
        ["ts"] = message.Ts,
        ["event_ts"] = message.Ts,
        ["channel_type"] = message.Channel.StartsWith('D') ? "im" : "channel",
    }, message.At);

    public static string Ts(DateTimeOffset now) =>
        (now.ToUnixTimeMilliseconds() / 1000m).ToString("0.000000", CultureInfo.InvariantCulture);
}
