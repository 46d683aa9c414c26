namespace Brigade.Slack.Payloads;

/// <summary>One element's action inside a <see cref="BlockActionsPayload"/>.</summary>
public sealed record BlockAction
{
    public string Type { get; set; } = "";
    public string ActionId { get; set; } = "";
    public string? BlockId { get; init; }
    public string? ActionTs { get; init; }
    /// <summary>button value.</summary>
    public string? Value { get; init; }
    public OptionPayload? SelectedOption { get; init; }
    public IReadOnlyList<OptionPayload>? SelectedOptions { get; init; }
    public string? SelectedDate { get; init; }
    public string? SelectedTime { get; init; }
    public string? SelectedUser { get; init; }
    public string? SelectedConversation { get; init; }
    public string? SelectedChannel { get; init; }
}
