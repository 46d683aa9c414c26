using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Workspace;

/// <summary>A message waiting for its time (chat.scheduleMessage), delivered when the sandbox clock reaches it.</summary>
public sealed record ScheduledMessage(string Id, string Channel, DateTimeOffset PostAt, string Text, JsonArray? Blocks);
