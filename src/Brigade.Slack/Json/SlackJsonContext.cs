using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Brigade.Slack.BlockKit;
using Brigade.Slack.Payloads;
using Brigade.Slack.Routing;

namespace Brigade.Slack.Json;

/// <summary>
/// Serialization code for everything the Slack layer reads and writes, generated at build time: no reflection over
/// these types when the first payload arrives, and nothing left to build at run time where code cannot be generated
/// (a native build). <see cref="SlackJson.Options"/> asks it and nothing else; the options' own settings (their
/// encoder) apply.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    RespectNullableAnnotations = true)]
// What the layer writes: blocks and elements as their polymorphic bases (the subtypes come with them), views,
// messages and the immediate replies.
[JsonSerializable(typeof(Block))]
[JsonSerializable(typeof(BlockElement))]
[JsonSerializable(typeof(IReadOnlyList<Block>))]
[JsonSerializable(typeof(ModalView))]
[JsonSerializable(typeof(HomeView))]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(TextObject))]
[JsonSerializable(typeof(Option))]
[JsonSerializable(typeof(OptionGroup))]
[JsonSerializable(typeof(ConfirmDialog))]
[JsonSerializable(typeof(CommandReply))]
[JsonSerializable(typeof(ViewSubmissionReply))]
[JsonSerializable(typeof(OptionsReply))]
// What it reads: every payload, the events it knows, and the Web API's user objects.
[JsonSerializable(typeof(BlockActionsPayload))]
[JsonSerializable(typeof(ViewSubmissionPayload))]
[JsonSerializable(typeof(ViewClosedPayload))]
[JsonSerializable(typeof(BlockSuggestionPayload))]
[JsonSerializable(typeof(ShortcutPayload))]
[JsonSerializable(typeof(EventCallback))]
[JsonSerializable(typeof(AppHomeOpenedEvent))]
[JsonSerializable(typeof(TeamJoinEvent))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(SlackUserInfo))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, ViewStateValue>>))]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>))]
// Web API arguments are built as JSON nodes.
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(JsonValue))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
