using System.Text.Json.Serialization;

namespace Brigade.Slack.BlockKit;

/// <summary>
/// A message for chat.postMessage, chat.postEphemeral, chat.update, a command reply or a response_url:
/// fallback <see cref="Text"/> (mrkdwn, shown in notifications) and at most 50 blocks.
/// </summary>
public sealed record SlackMessage
{
    public string Text { get; }
    public IReadOnlyList<Block>? Blocks { get; }

    /// <remarks>
    /// Notifications and screen readers read the fallback text, and read an emoji code as its name (« warning »): a
    /// leading emoji code is left out of it. A message of text alone keeps its emoji in a section block.
    /// </remarks>
    public SlackMessage(string text, IEnumerable<Block>? blocks = null)
    {
        Limit.Text(text, 40000, "message text");
        var list = blocks is null ? null : Limit.Count(blocks, 50, "message blocks");
        if (list is not null) Limit.UniqueBlockIds(list, "The message");
        var fallback = WithoutLeadingEmoji(text);
        if (fallback.Length > 0 && fallback.Length < text.Length && list is not { Count: > 0 } && text.Length <= 3000)
            list = [SectionBlock.Markdown(text)];
        Text = fallback.Length > 0 ? fallback : text;
        Blocks = list is { Count: > 0 } ? list : null;
    }

    /// <summary>The text without the emoji codes it starts with (<c>:white_check_mark: Fait</c> → <c>Fait</c>).</summary>
    public static string WithoutLeadingEmoji(string text)
    {
        var rest = text.AsSpan().TrimStart();
        while (rest.Length > 2 && rest[0] == ':')
        {
            var end = rest[1..].IndexOf(':') + 1;
            if (end < 2 || !IsEmojiName(rest[1..end])) break;
            rest = rest[(end + 1)..].TrimStart();
        }
        return rest.ToString();
    }

    private static bool IsEmojiName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '+' or '-')) return false;
        return true;
    }
}

/// <summary>A modal: title, submit and close at most 24 characters, at most 100 blocks.</summary>
public sealed record ModalView
{
    public string Type => "modal";
    public TextObject Title { get; }
    public IReadOnlyList<Block> Blocks { get; }
    public TextObject? Submit { get; }
    public TextObject? Close { get; }
    public string? CallbackId { get; }
    public string? PrivateMetadata { get; }
    public string? ExternalId { get; }
    public bool? NotifyOnClose { get; }
    public bool? ClearOnClose { get; }

    public ModalView(string title, IEnumerable<Block> blocks, string? submit = null, string? close = null,
        string? callbackId = null, string? privateMetadata = null, bool notifyOnClose = false, bool clearOnClose = false,
        string? externalId = null)
    {
        Title = TextObject.Plain(title, 24, "modal title");
        Blocks = Limit.Count(blocks, 100, "modal blocks", min: 1);
        Limit.UniqueBlockIds(Blocks, "The modal");
        if (Blocks.OfType<InputBlock>().Any() && submit is null)
            throw new SlackLimitException("A modal with an input block needs a submit button.");
        Submit = submit is null ? null : TextObject.Plain(submit, 24, "modal submit");
        Close = close is null ? null : TextObject.Plain(close, 24, "modal close");
        CallbackId = Limit.Id(callbackId, "callback_id");
        PrivateMetadata = Limit.OptionalText(privateMetadata, 3000, "private_metadata");
        ExternalId = Limit.Id(externalId, "external_id");
        NotifyOnClose = notifyOnClose ? true : null;
        ClearOnClose = clearOnClose ? true : null;
    }
}

/// <summary>An App Home tab view: at most 100 blocks.</summary>
public sealed record HomeView
{
    public string Type => "home";
    public IReadOnlyList<Block> Blocks { get; }
    public string? CallbackId { get; }
    public string? PrivateMetadata { get; }

    public HomeView(IEnumerable<Block> blocks, string? callbackId = null, string? privateMetadata = null)
    {
        Blocks = Limit.Count(blocks, 100, "home blocks", min: 1);
        Limit.UniqueBlockIds(Blocks, "The home view");
        CallbackId = Limit.Id(callbackId, "callback_id");
        PrivateMetadata = Limit.OptionalText(privateMetadata, 3000, "private_metadata");
    }
}
