namespace Brigade.Slack.BlockKit;

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
