using System.Text.Json.Serialization;

namespace BrigadeBot.Features.Common;

/// <summary>The target's JSON, generated at build time (the names as the serializer's defaults write them).</summary>
[JsonSerializable(typeof(ReplyTarget))]
internal sealed partial class ReplyTargetJson : JsonSerializerContext;
