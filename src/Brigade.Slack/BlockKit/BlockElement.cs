using System.Text.Json.Serialization;

namespace Brigade.Slack.BlockKit;

/// <summary>An interactive element. Each subtype checks Slack's limits when it is built.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Button), "button")]
[JsonDerivedType(typeof(StaticSelect), "static_select")]
[JsonDerivedType(typeof(MultiStaticSelect), "multi_static_select")]
[JsonDerivedType(typeof(ExternalSelect), "external_select")]
[JsonDerivedType(typeof(ConversationsSelect), "conversations_select")]
[JsonDerivedType(typeof(DatePicker), "datepicker")]
[JsonDerivedType(typeof(TimePicker), "timepicker")]
[JsonDerivedType(typeof(PlainTextInput), "plain_text_input")]
[JsonDerivedType(typeof(UrlTextInput), "url_text_input")]
[JsonDerivedType(typeof(NumberInput), "number_input")]
[JsonDerivedType(typeof(Checkboxes), "checkboxes")]
[JsonDerivedType(typeof(RadioButtons), "radio_buttons")]
[JsonDerivedType(typeof(Overflow), "overflow")]
public abstract record BlockElement
{
    public string? ActionId { get; }

    protected BlockElement(string? actionId) => ActionId = Limit.Id(actionId, "action_id");

    [JsonIgnore] internal virtual bool IsInputElement => true;
}
