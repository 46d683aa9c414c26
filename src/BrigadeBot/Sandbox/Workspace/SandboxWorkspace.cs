using System.Globalization;
using System.Text.Json.Nodes;

namespace BrigadeBot.Sandbox.Workspace;

/// <summary>
/// What Slack would be showing: messages per conversation, each person's modal stack and App Home, shared files.
/// The dry-run Web API client feeds it (<see cref="Record"/>); the page reads it. One lock guards it all.
/// </summary>
public sealed partial class SandboxWorkspace(SandboxDirectory directory, TimeProvider clock)
{
    public const int JournalLength = 300;

    /// <summary>The oldest messages go past this many: memory stays bounded however long the page is used.</summary>
    public const int MaxMessages = 1000;

    private readonly Lock gate = new();
    private readonly List<SandboxMessage> messages = [];
    private readonly Dictionary<string, List<SandboxView>> modals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxView> homes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string FileId, string Name)> uploadTickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> uploadedBytes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxFile> files = new(StringComparer.Ordinal);
    private readonly List<ScheduledMessage> scheduled = [];
    private readonly List<JournalEntry> journal = [];
    private readonly Dictionary<string, string> triggers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResponseTarget> responseUrls = new(StringComparer.Ordinal);
    private long sequence;
    private long version;

    public SandboxDirectory Directory => directory;

    /// <summary>Grows with every change, so the page can tell when to redraw.</summary>
    public long Version
    {
        get { lock (gate) return version; }
    }

    /// <summary>A trigger_id for an interaction of <paramref name="userId"/>; views.open with it opens their modal.</summary>
    public string IssueTrigger(string userId)
    {
        lock (gate)
        {
            var trigger = $"{++sequence}.{userId}.sandbox";
            triggers[trigger] = userId;
            return trigger;
        }
    }

    /// <summary>A response_url under the sandbox prefix that leads back to this person and conversation.</summary>
    public string IssueResponseUrl(ResponseTarget target)
    {
        lock (gate)
        {
            var url = $"{SandboxIdentity.ResponseUrlPrefix}{++sequence}";
            responseUrls[url] = target;
            return url;
        }
    }

    /// <summary>A reply only <paramref name="userId"/> sees (a command's acknowledgement, a response_url message).</summary>
    public SandboxMessage AddEphemeral(string userId, string channel, string text, JsonArray? blocks, string? caption = null)
    {
        lock (gate) return Add(channel, NewTs(), null, userId, text, blocks, caption);
    }

    /// <summary>A message a person typed (not a command), visible to everyone in the conversation.</summary>
    public SandboxMessage AddFromPerson(string userId, string channel, string text)
    {
        lock (gate) return Add(channel, NewTs(), userId, null, text, null, null);
    }

    /// <summary>A message of the bot visible to everyone (a command's in_channel reply).</summary>
    public SandboxMessage AddFromBot(string channel, string text, JsonArray? blocks)
    {
        lock (gate) return Add(channel, NewTs(), null, null, text, blocks, null);
    }

    public SandboxMessage? FindMessage(long key)
    {
        lock (gate) return messages.FirstOrDefault(m => m.Key == key);
    }

    /// <summary>The modal on top of a person's stack, if this is it.</summary>
    public SandboxView? FindTopModal(string userId, string viewId)
    {
        lock (gate) return TopModal(userId) is { } top && top.Id == viewId ? top : null;
    }

    public SandboxView? Home(string userId)
    {
        lock (gate) return homes.GetValueOrDefault(userId);
    }

    public SandboxFile? FindFile(string fileId)
    {
        lock (gate) return files.GetValueOrDefault(fileId);
    }

    public IReadOnlyList<JournalEntry> Journal
    {
        get { lock (gate) return journal.ToArray(); }
    }

    private SandboxView? TopModal(string userId) =>
        modals.TryGetValue(userId, out var stack) && stack.Count > 0 ? stack[^1] : null;

    private SandboxMessage Add(string channel, string ts, string? author, string? visibleTo, string text, JsonArray? blocks,
        string? caption)
    {
        var message = new SandboxMessage
        {
            Key = ++sequence, Channel = channel, Ts = ts, At = clock.GetUtcNow(), Author = author, VisibleTo = visibleTo,
            Caption = caption, Text = text, Blocks = blocks,
        };
        messages.Add(message);
        if (messages.Count > MaxMessages) messages.RemoveRange(0, messages.Count - MaxMessages);
        if (!channel.StartsWith('D')) directory.NoteChannel(channel);
        version++;
        return message;
    }

    private string NewTs() =>
        $"{clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}.{900_000 + ++sequence % 100_000:D6}";
}
