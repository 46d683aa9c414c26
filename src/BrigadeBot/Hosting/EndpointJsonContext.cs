using System.Text.Json.Serialization;

namespace BrigadeBot.Hosting;

/// <summary>
/// Generated JSON metadata for what the endpoints' generated binders resolve when the routes are built, on the first
/// request: <see cref="object"/>, for results. Without it the serializer sets up its reflection for that one type.
/// </summary>
[JsonSerializable(typeof(object))]
internal sealed partial class EndpointJsonContext : JsonSerializerContext;
