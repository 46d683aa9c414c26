using LiteDB;

namespace BrigadeBot.Features.Codev;

/// <summary>A member's real professional problem, offered as the topic of a codevelopment meeting.</summary>
public sealed class CodevProposal
{
    /// <summary>Auto-increment: short enough to travel in a button value and to be read aloud (« no 12 »).</summary>
    public int Id { get; set; }
    public string Problem { get; set; } = "";
    public string? Context { get; set; }
    /// <summary>Always stored; shown only when <see cref="ShowAuthor"/> is true, and always to animators.</summary>
    public string AuthorId { get; set; } = "";
    /// <summary>The one switch deciding whether members see the author: off unless the author chose to be named.</summary>
    public bool ShowAuthor { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public ProposalStatus Status { get; set; }
    /// <summary>A set: one vote per member; kept unique by the toggle, which runs inside the one writer.</summary>
    public List<string> VoterIds { get; set; } = [];
    /// <summary>The message in the codev channel, once posted.</summary>
    public string? ChannelId { get; set; }
    public string? MessageTs { get; set; }
    public int? MeetingId { get; set; }
    public DateTime? ArchivedAtUtc { get; set; }
    /// <summary>A topic the team chose and scheduled directly: never open to votes, its author the animator.</summary>
    public bool TeamTopic { get; set; }
    /// <summary>Archived by an animator into this proposal, its votes carried over.</summary>
    public int? MergedIntoId { get; set; }

    [BsonIgnore] public int Votes => VoterIds.Count;
}
