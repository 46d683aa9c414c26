namespace BrigadeBot.Sandbox.Workspace;

/// <summary>Who is in the pretend workspace and which channels it has, with the names the page shows.</summary>
public sealed class SandboxDirectory
{
    /// <summary>Past this many people, « Simuler l'arrivée d'un membre » adds nobody: memory stays bounded.</summary>
    public const int MaxPeople = 100;

    private readonly Lock gate = new();
    private readonly List<SandboxPerson> people;
    private readonly Dictionary<string, string> channels = new(StringComparer.Ordinal);

    public SandboxDirectory(IEnumerable<SandboxPerson> people, IEnumerable<KeyValuePair<string, string>> channels)
    {
        this.people = people.ToList();
        foreach (var (id, name) in channels) this.channels[id] = name;
    }

    public IReadOnlyList<SandboxPerson> People
    {
        get { lock (gate) return people.ToArray(); }
    }

    /// <summary>Channel ids and names, the general channel first.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Channels
    {
        get { lock (gate) return channels.ToArray(); }
    }

    public SandboxPerson? Find(string? userId)
    {
        lock (gate) return people.FirstOrDefault(p => p.Id == userId);
    }

    public string NameOf(string userId) => Find(userId)?.Name ?? userId;

    public string ChannelName(string channelId)
    {
        lock (gate) return channels.GetValueOrDefault(channelId, channelId);
    }

    /// <summary>Whether the workspace has this channel (a DM is known through its person).</summary>
    public bool Knows(string channelId)
    {
        lock (gate) return channels.ContainsKey(channelId);
    }

    /// <summary>A channel the bot posted to that the page did not know yet.</summary>
    public void NoteChannel(string channelId)
    {
        lock (gate) channels.TryAdd(channelId, channelId);
    }

    /// <summary>The person whose DM this is, if it is one.</summary>
    public string? OwnerOfDirectChannel(string channelId)
    {
        lock (gate) return people.FirstOrDefault(p => SandboxIdentity.DirectChannelOf(p.Id) == channelId)?.Id;
    }

    /// <summary>A newcomer, as if they had just joined the workspace; <c>null</c> once <see cref="MaxPeople"/> are there.</summary>
    public SandboxPerson? AddNewcomer(string namePrefix)
    {
        lock (gate)
        {
            if (people.Count >= MaxPeople) return null;
            var n = people.Count(p => p.Id.StartsWith("U0SBNEW", StringComparison.Ordinal)) + 1;
            var person = new SandboxPerson { Id = $"U0SBNEW{n:D3}", Name = $"{namePrefix} {n}" };
            people.Add(person);
            return person;
        }
    }
}
