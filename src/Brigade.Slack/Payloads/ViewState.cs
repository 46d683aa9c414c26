using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Brigade.Slack.Payloads;

/// <summary>
/// <c>view.state</c>: the current value of every stateful element, keyed by our block_id then action_id.
/// </summary>
public sealed record ViewState
{
    public static readonly ViewState Empty = new();

    [JsonConverter(typeof(StateValuesConverter))]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>> Values { get; set; } =
        new Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>();

    /// <summary>The value of one element, or <c>null</c> when the block or action is absent.</summary>
    public ViewStateValue? Get(string blockId, string actionId) =>
        Values.TryGetValue(blockId, out var block) && block.TryGetValue(actionId, out var value) ? value : null;

    /// <summary>The typed or selected text of an element, trimmed; <c>null</c> when empty.</summary>
    public string? Text(string blockId, string actionId)
    {
        var value = Get(blockId, actionId);
        var text = value?.Value ?? value?.SelectedOption?.Value ?? value?.SelectedDate ?? value?.SelectedTime
            ?? value?.SelectedUser ?? value?.SelectedConversation ?? value?.SelectedChannel;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>The values of the selected options of a multi-select or checkbox group.</summary>
    public IReadOnlyList<string> SelectedValues(string blockId, string actionId) =>
        Get(blockId, actionId)?.SelectedOptions?.Select(o => o.Value).ToArray() ?? [];

    // Slack sends "values": [] instead of {} when a view has no stateful element yet.
    internal sealed class StateValuesConverter
        : JsonConverter<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>>>
    {
        public override IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>> Read(
            ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return new Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>();
            }
            var values = JsonSerializer.Deserialize(ref reader,
                (JsonTypeInfo<Dictionary<string, Dictionary<string, ViewStateValue>>>)options.GetTypeInfo(typeof(Dictionary<string, Dictionary<string, ViewStateValue>>)))
                ?? [];
            return values.ToDictionary(b => b.Key, b => (IReadOnlyDictionary<string, ViewStateValue>)b.Value);
        }

        public override void Write(Utf8JsonWriter writer,
            IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToDictionary(b => b.Key, b => b.Value),
                (JsonTypeInfo<Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>>)options.GetTypeInfo(typeof(Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>)));
    }
}
