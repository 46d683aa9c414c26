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

public enum ButtonStyle { Default, Primary, Danger }

/// <summary>A button: text at most 75 characters, value at most 2000.</summary>
public sealed record Button : BlockElement
{
    public TextObject Text { get; }
    public string? Value { get; }
    public string? Url { get; }
    public string? Style { get; }
    public ConfirmDialog? Confirm { get; }
    public string? AccessibilityLabel { get; }

    public Button(string actionId, string text, string? value = null, ButtonStyle style = ButtonStyle.Default,
        string? url = null, ConfirmDialog? confirm = null, string? accessibilityLabel = null) : base(actionId)
    {
        Text = TextObject.Plain(text, 75, "button text");
        Value = Limit.OptionalText(value, 2000, "button value");
        Url = Limit.OptionalText(url, 3000, "button url");
        Style = style switch { ButtonStyle.Primary => "primary", ButtonStyle.Danger => "danger", _ => null };
        Confirm = confirm;
        AccessibilityLabel = Limit.OptionalText(accessibilityLabel, 75, "accessibility_label");
    }

    internal override bool IsInputElement => false;
}

/// <summary>An option of a select, checkbox group or radio group.</summary>
public sealed record Option
{
    public TextObject Text { get; }
    public string Value { get; }
    public TextObject? Description { get; }

    public Option(string text, string value, string? description = null)
    {
        Text = TextObject.Plain(text, 75, "option text");
        Value = Limit.Text(value, 150, "option value");
        Description = description is null ? null : TextObject.Plain(description, 75, "option description");
    }

    private Option(TextObject text, string value, TextObject? description)
    {
        Text = text;
        Value = value;
        Description = description;
    }

    /// <summary>An option whose label is mrkdwn (radio buttons and checkboxes only).</summary>
    public static Option Markdown(string mrkdwn, string value, string? description = null) =>
        new(TextObject.Markdown(mrkdwn, 75, "option text"), Limit.Text(value, 150, "option value"),
            description is null ? null : TextObject.Plain(description, 75, "option description"));
}

public sealed record OptionGroup
{
    public TextObject Label { get; }
    public IReadOnlyList<Option> Options { get; }

    public OptionGroup(string label, IEnumerable<Option> options)
    {
        Label = TextObject.Plain(label, 75, "option group label");
        Options = Limit.Count(options, 100, "option group", min: 1);
    }
}

/// <summary>A confirmation dialog on a button: title 100, text 300, buttons 30 characters.</summary>
public sealed record ConfirmDialog
{
    public TextObject Title { get; }
    public TextObject Text { get; }
    public TextObject Confirm { get; }
    public TextObject Deny { get; }
    public string? Style { get; }

    public ConfirmDialog(string title, string text, string confirm, string deny, bool danger = false)
    {
        Title = TextObject.Plain(title, 100, "confirm title");
        Text = TextObject.Plain(text, 300, "confirm text");
        Confirm = TextObject.Plain(confirm, 30, "confirm button");
        Deny = TextObject.Plain(deny, 30, "deny button");
        Style = danger ? "danger" : null;
    }
}

/// <summary>A single select over at most 100 options (or 100 groups).</summary>
public sealed record StaticSelect : BlockElement
{
    public TextObject? Placeholder { get; }
    public IReadOnlyList<Option>? Options { get; }
    public IReadOnlyList<OptionGroup>? OptionGroups { get; }
    public Option? InitialOption { get; }

    public StaticSelect(string actionId, IEnumerable<Option> options, Option? initialOption = null, string? placeholder = null)
        : base(actionId)
    {
        Options = Limit.Count(options, 100, "static_select options", min: 1);
        if (initialOption is not null && !Options.Contains(initialOption))
            throw new SlackLimitException("The initial option must be one of the select's options.");
        InitialOption = initialOption;
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }

    public StaticSelect(string actionId, IEnumerable<OptionGroup> groups, Option? initialOption = null, string? placeholder = null)
        : base(actionId)
    {
        OptionGroups = Limit.Count(groups, 100, "static_select option groups", min: 1);
        InitialOption = initialOption;
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}

public sealed record MultiStaticSelect : BlockElement
{
    public TextObject? Placeholder { get; }
    public IReadOnlyList<Option> Options { get; }
    public IReadOnlyList<Option>? InitialOptions { get; }

    public MultiStaticSelect(string actionId, IEnumerable<Option> options, IEnumerable<Option>? initialOptions = null,
        string? placeholder = null) : base(actionId)
    {
        Options = Limit.Count(options, 100, "multi_static_select options", min: 1);
        var initial = initialOptions?.ToArray();
        InitialOptions = initial is { Length: > 0 } ? initial : null;
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}

/// <summary>A select whose options are loaded from us as the member types (block_suggestion).</summary>
public sealed record ExternalSelect : BlockElement
{
    public TextObject? Placeholder { get; }
    public Option? InitialOption { get; }
    public int? MinQueryLength { get; }

    public ExternalSelect(string actionId, string? placeholder = null, Option? initialOption = null, int? minQueryLength = null)
        : base(actionId)
    {
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
        InitialOption = initialOption;
        if (minQueryLength is < 0) throw new SlackLimitException("min_query_length cannot be negative.");
        MinQueryLength = minQueryLength;
    }
}

/// <summary>A channel or conversation picker.</summary>
public sealed record ConversationsSelect : BlockElement
{
    public TextObject? Placeholder { get; }
    public string? InitialConversation { get; }
    public bool? DefaultToCurrentConversation { get; }

    public ConversationsSelect(string actionId, string? initialConversation = null, string? placeholder = null,
        bool defaultToCurrentConversation = false) : base(actionId)
    {
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
        InitialConversation = initialConversation;
        DefaultToCurrentConversation = defaultToCurrentConversation ? true : null;
    }
}

/// <summary>A date picker; dates as <c>YYYY-MM-DD</c>.</summary>
public sealed record DatePicker : BlockElement
{
    public string? InitialDate { get; }
    public TextObject? Placeholder { get; }

    public DatePicker(string actionId, DateOnly? initialDate = null, string? placeholder = null) : base(actionId)
    {
        InitialDate = initialDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}

/// <summary>A time picker; times as <c>HH:mm</c> (24 h), optionally in a named time zone.</summary>
public sealed record TimePicker : BlockElement
{
    public string? InitialTime { get; }
    public TextObject? Placeholder { get; }
    public string? Timezone { get; }

    public TimePicker(string actionId, TimeOnly? initialTime = null, string? placeholder = null, string? timezone = null)
        : base(actionId)
    {
        InitialTime = initialTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
        Timezone = timezone;
    }
}

/// <summary>A text field: max_length at most 3000.</summary>
public sealed record PlainTextInput : BlockElement
{
    public string? InitialValue { get; }
    public bool? Multiline { get; }
    public int? MinLength { get; }
    public int? MaxLength { get; }
    public TextObject? Placeholder { get; }

    public PlainTextInput(string actionId, string? initialValue = null, bool multiline = false, int? minLength = null,
        int? maxLength = null, string? placeholder = null) : base(actionId)
    {
        if (minLength is < 0 or > 3000) throw new SlackLimitException("min_length must be between 0 and 3000.");
        if (maxLength is < 1 or > 3000) throw new SlackLimitException("max_length must be between 1 and 3000.");
        if (minLength > maxLength) throw new SlackLimitException("min_length cannot exceed max_length.");
        if (initialValue is not null && maxLength is not null && initialValue.Length > maxLength)
            throw new SlackLimitException("The initial value is longer than max_length.");
        InitialValue = string.IsNullOrEmpty(initialValue) ? null : initialValue;
        Multiline = multiline ? true : null;
        MinLength = minLength;
        MaxLength = maxLength;
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}

/// <summary>A URL field; Slack checks the format before submission.</summary>
public sealed record UrlTextInput : BlockElement
{
    public string? InitialValue { get; }
    public TextObject? Placeholder { get; }

    public UrlTextInput(string actionId, string? initialValue = null, string? placeholder = null) : base(actionId)
    {
        InitialValue = string.IsNullOrEmpty(initialValue) ? null : Limit.Text(initialValue, 3000, "url initial_value");
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}

/// <summary>A number field; Slack sends the value back as a string.</summary>
public sealed record NumberInput : BlockElement
{
    public bool IsDecimalAllowed { get; }
    public string? InitialValue { get; }
    public string? MinValue { get; }
    public string? MaxValue { get; }
    public TextObject? Placeholder { get; }

    public NumberInput(string actionId, bool isDecimalAllowed = false, decimal? initialValue = null, decimal? minValue = null,
        decimal? maxValue = null, string? placeholder = null) : base(actionId)
    {
        if (minValue > maxValue) throw new SlackLimitException("min_value cannot exceed max_value.");
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        IsDecimalAllowed = isDecimalAllowed;
        InitialValue = initialValue?.ToString(culture);
        MinValue = minValue?.ToString(culture);
        MaxValue = maxValue?.ToString(culture);
        Placeholder = placeholder is null ? null : TextObject.Plain(placeholder, 150, "placeholder");
    }
}

/// <summary>Checkboxes: at most 10 options.</summary>
public sealed record Checkboxes : BlockElement
{
    public IReadOnlyList<Option> Options { get; }
    public IReadOnlyList<Option>? InitialOptions { get; }

    public Checkboxes(string actionId, IEnumerable<Option> options, IEnumerable<Option>? initialOptions = null) : base(actionId)
    {
        Options = Limit.Count(options, 10, "checkboxes options", min: 1);
        var initial = initialOptions?.ToArray();
        InitialOptions = initial is { Length: > 0 } ? initial : null;
    }
}

/// <summary>Radio buttons: at most 10 options.</summary>
public sealed record RadioButtons : BlockElement
{
    public IReadOnlyList<Option> Options { get; }
    public Option? InitialOption { get; }

    public RadioButtons(string actionId, IEnumerable<Option> options, Option? initialOption = null) : base(actionId)
    {
        Options = Limit.Count(options, 10, "radio_buttons options", min: 1);
        InitialOption = initialOption;
    }
}

/// <summary>An overflow menu: 2 to 5 options.</summary>
public sealed record Overflow : BlockElement
{
    public IReadOnlyList<Option> Options { get; }

    public Overflow(string actionId, IEnumerable<Option> options) : base(actionId) =>
        Options = Limit.Count(options, 5, "overflow options", min: 2);

    internal override bool IsInputElement => false;
}
