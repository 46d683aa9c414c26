using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Workspace;

/// <summary>A message in a channel or a DM as Slack would show it; ephemeral ones are seen by one person only.</summary>
public sealed class SandboxMessage
{
    /// <summary>Unique in the workspace (Slack's ts alone is not, across channels and ephemerals).</summary>
    public required long Key { get; init; }
    public required string Channel { get; init; }
    public required string Ts { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The person who wrote it; <c>null</c> for the bot.</summary>
    public string? Author { get; init; }

    /// <summary>Set for an ephemeral message: the only person who sees it.</summary>
    public string? VisibleTo { get; init; }

    /// <summary>What the person typed, shown above an ephemeral command reply.</summary>
    public string? Caption { get; init; }

    public string Text { get; set; } = "";
    public JsonArray? Blocks { get; set; }
    public List<SandboxFile> Files { get; } = [];
    public List<string> Reactions { get; } = [];

    public bool IsEphemeral => VisibleTo is not null;

    public bool IsSeenBy(string userId) => VisibleTo is null || VisibleTo == userId;

    /// <summary>The message as Slack puts it in a <c>block_actions</c> payload.</summary>
    public JsonObject ToPayload() => new()
    {
        ["type"] = "message",
        ["ts"] = Ts,
        ["text"] = Text,
        ["user"] = Author,
        ["bot_id"] = Author is null ? SandboxIdentity.BotId : null,
        ["blocks"] = Blocks?.DeepClone() ?? new JsonArray(),
    };
}
