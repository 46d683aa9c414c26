using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Workspace;

/// <summary>A modal in a person's stack, or their App Home, as the bot last sent it.</summary>
public sealed class SandboxView
{
    public required string Id { get; init; }
    public required string UserId { get; init; }

    /// <summary>The view as sent by the bot (type, title, blocks, callback_id, private_metadata…).</summary>
    public required JsonObject Definition { get; set; }

    /// <summary>The values last submitted, shown again with <see cref="Errors"/> when the bot refuses them.</summary>
    public JsonObject? StateValues { get; set; }

    /// <summary>Messages under input blocks, by block_id (response_action: errors).</summary>
    public Dictionary<string, string> Errors { get; set; } = [];

    /// <summary>Changes whenever the view is replaced: the page redraws a modal only when it did.</summary>
    public int Revision { get; set; }

    public string? RootId { get; init; }
    public string? PreviousId { get; init; }

    public string Hash => $"{Revision}.sandbox";
    public string? CallbackId => Definition["callback_id"]?.GetValue<string>();
    public string? ExternalId => Definition["external_id"]?.GetValue<string>();
    public bool NotifiesOnClose => Definition["notify_on_close"]?.GetValue<bool>() == true;

    /// <summary>The view as Slack puts it in interaction payloads, with its id and the current state.</summary>
    public JsonObject ToPayload(JsonObject stateValues)
    {
        var view = (JsonObject)Definition.DeepClone();
        view["id"] = Id;
        view["team_id"] = SandboxIdentity.TeamId;
        view["state"] = new JsonObject { ["values"] = stateValues.DeepClone() };
        view["hash"] = Hash;
        view["private_metadata"] ??= "";
        view["callback_id"] ??= "";
        view["root_view_id"] = RootId ?? Id;
        view["previous_view_id"] = PreviousId;
        view["app_id"] = SandboxIdentity.AppId;
        view["bot_id"] = SandboxIdentity.BotId;
        return view;
    }
}
