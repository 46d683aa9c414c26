namespace Brigade.Slack.Payloads;

/// <summary>One element's state; which fields are set depends on <see cref="Type"/>.</summary>
public sealed record ViewStateValue
{
    public string Type { get; set; } = "";
    /// <summary>plain_text_input, email/url/number inputs (numbers arrive as strings).</summary>
    public string? Value { get; init; }
    public OptionPayload? SelectedOption { get; init; }
    public IReadOnlyList<OptionPayload>? SelectedOptions { get; init; }
    /// <summary>datepicker: <c>YYYY-MM-DD</c>.</summary>
    public string? SelectedDate { get; init; }
    /// <summary>timepicker: <c>HH:mm</c>, 24 h.</summary>
    public string? SelectedTime { get; init; }
    public string? Timezone { get; init; }
    public long? SelectedDateTime { get; init; }
    public string? SelectedUser { get; init; }
    public IReadOnlyList<string>? SelectedUsers { get; init; }
    public string? SelectedConversation { get; init; }
    public IReadOnlyList<string>? SelectedConversations { get; init; }
    public string? SelectedChannel { get; init; }
    public IReadOnlyList<string>? SelectedChannels { get; init; }
}
