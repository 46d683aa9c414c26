using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Rendering;

/// <summary>What rendering one surface needs: names for mentions, pickers' choices, the values and errors to show.</summary>
public sealed record RenderContext
{
    /// <summary>Makes HTML ids unique on the page (one prefix per message or view).</summary>
    public string IdPrefix { get; init; } = "s";

    public Func<string, string> PersonName { get; init; } = id => id;
    public Func<string, string> ChannelName { get; init; } = id => id;
    public IReadOnlyList<KeyValuePair<string, string>> People { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> Channels { get; init; } = [];

    /// <summary>Values typed before (kept across a refusal or a views.update), by block_id then action_id.</summary>
    public JsonObject? StateValues { get; init; }

    /// <summary>Messages under input blocks, by block_id.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>Inputs live in modals; a message's or Home's element acts at once, like Slack's.</summary>
    public bool InModal { get; init; }

    public string HtmlId(string blockId, string actionId) =>
        $"{IdPrefix}-{Safe(blockId)}-{Safe(actionId)}";

    public JsonObject? StateOf(string blockId, string actionId) => StateValues?[blockId]?[actionId] as JsonObject;

    private static string Safe(string id) => string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
}
