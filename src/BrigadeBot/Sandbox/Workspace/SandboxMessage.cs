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

/// <summary>A file shared in a conversation (files.completeUploadExternal).</summary>
public sealed record SandboxFile(string Id, string Name, string Title, byte[] Content);

/// <summary>A message waiting for its time (chat.scheduleMessage), delivered when the sandbox clock reaches it.</summary>
public sealed record ScheduledMessage(string Id, string Channel, DateTimeOffset PostAt, string Text, JsonArray? Blocks);

/// <summary>Where a response_url leads: the person and conversation of the interaction, and its message if any.</summary>
public sealed record ResponseTarget(string UserId, string Channel, long? MessageKey);

/// <summary>One Web API call, for the « Journal des appels » of developers.</summary>
public sealed record JournalEntry(DateTimeOffset At, string Method, string Arguments);
