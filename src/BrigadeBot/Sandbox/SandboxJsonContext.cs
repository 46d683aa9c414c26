using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BrigadeBot.Sandbox.Rendering;

namespace BrigadeBot.Sandbox;

/// <summary>
/// The page's JSON, generated at build time with the web's defaults (camelCase): what its endpoints read and answer,
/// the confirmation dialogs handed to its script, and the payloads its client hands the bot.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SandboxApi.TypeRequest))]
[JsonSerializable(typeof(SandboxApi.ActRequest))]
[JsonSerializable(typeof(SandboxApi.ViewRequest))]
[JsonSerializable(typeof(SandboxApi.SuggestRequest))]
[JsonSerializable(typeof(SandboxApi.PersonRequest))]
[JsonSerializable(typeof(SandboxApi.ClockRequest))]
[JsonSerializable(typeof(SandboxApi.SuggestReply))]
[JsonSerializable(typeof(SandboxState))]
[JsonSerializable(typeof(ButtonHtml.ConfirmParts))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
