using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Brigade.Slack.Json;

/// <summary>The one set of serializer options for everything that crosses the wire with Slack.</summary>
public static class SlackJson
{
    /// <summary>snake_case names, nulls omitted, unknown fields ignored, nulls refused where a value is required, non-ASCII text left readable.</summary>
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            // Slack reads UTF-8; escaping accents as \u00e9 only makes payloads bigger.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            // A null where our records promise a value (a view, a user, an action_id) is a malformed payload:
            // refuse it while parsing (400) rather than meet a NullReferenceException in the dispatcher (500).
            RespectNullableAnnotations = true,
        };
        // Generated code only: a type the context does not list fails in every test that sends it, not first in a
        // native build, where reflection cannot build what is missing.
        options.TypeInfoResolverChain.Add(SlackJsonContext.Default);
        options.MakeReadOnly();
        return options;
    }

    public static byte[] SerializeToUtf8(object value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, Options.GetTypeInfo(WireType(value)));

    /// <summary>The generated metadata of <typeparamref name="T"/> under <see cref="Options"/>.</summary>
    internal static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>
    /// The type to serialize a value as. A block or element goes as its polymorphic base, the only way
    /// System.Text.Json writes its <c>type</c> discriminator; as its own class it would go without one.
    /// </summary>
    internal static Type WireType(object value) => value switch
    {
        BlockKit.Block => typeof(BlockKit.Block),
        BlockKit.BlockElement => typeof(BlockKit.BlockElement),
        _ => value.GetType(),
    };

    public static T Deserialize<T>(JsonElement element) =>
        element.Deserialize(Info<T>()) ?? throw new JsonException($"Expected a {typeof(T).Name}.");

    public static T Deserialize<T>(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, Info<T>()) ?? throw new JsonException($"Expected a {typeof(T).Name}.");
}
