using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Json;
using Brigade.Slack.Payloads;

namespace Brigade.Slack.Tests.Json;

/// <summary>
/// Everything the layer reads and writes is serialized by generated code, and only by it: a type left out fails here
/// and in every test that sends it, not first in a build where reflection cannot stand in.
/// </summary>
public sealed class SlackJsonGeneratedTests
{
    private static readonly Type[] WireTypes = typeof(SlackJson).Assembly.GetTypes()
        .Where(t => t is { IsPublic: true, IsClass: true } && t.Namespace is "Brigade.Slack.BlockKit" or "Brigade.Slack.Payloads")
        .Where(t => t.GetMethod("<Clone>$") is not null) // records: the wire shapes, not the helpers beside them
        .Where(t => !t.IsAbstract || t.IsDefined(typeof(JsonPolymorphicAttribute))) // a base only its subtypes share
        .ToArray();

    public static TheoryData<string> WireTypeNames => [.. WireTypes.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(WireTypeNames))]
    public void Every_block_element_view_and_payload_has_generated_metadata(string typeName)
    {
        var type = WireTypes.Single(t => t.FullName == typeName);

        Assert.NotNull(SlackJsonContext.Default.GetTypeInfo(type));
    }

    [Fact]
    public void A_type_without_generated_metadata_is_refused_rather_than_reflected()
    {
        Assert.Throws<NotSupportedException>(() => SlackJson.SerializeToUtf8(new { text = "bonjour" }));
    }

    [Fact]
    public void Blocks_still_carry_their_type_and_snake_case_names()
    {
        var json = JsonDocument.Parse(SlackJson.SerializeToUtf8(new SectionBlock(TextObject.Markdown("*Atelier*"), blockId: "intro")));

        Assert.Equal("section", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("intro", json.RootElement.GetProperty("block_id").GetString());
        Assert.Equal("mrkdwn", json.RootElement.GetProperty("text").GetProperty("type").GetString());
    }

    /// <summary>
    /// Generated code sets every init-only property when it builds an object, to null or zero when the payload omits
    /// the field (dotnet/runtime#84484): a property with a default of its own takes a setter.
    /// </summary>
    [Theory]
    [MemberData(nameof(WireTypeNames))]
    public void A_payload_property_with_a_default_is_not_init_only(string typeName)
    {
        var type = WireTypes.Single(t => t.FullName == typeName);
        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null) return; // built by our code, never read
        var fresh = Activator.CreateInstance(type)!;

        var initOnlyWithDefault = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { } set && set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Where(p => p.GetValue(fresh) is { } value && !value.Equals(DefaultOf(p.PropertyType)))
            .Select(p => p.Name);

        Assert.Empty(initOnlyWithDefault);
    }

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
