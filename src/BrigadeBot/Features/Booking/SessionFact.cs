using LiteDB;

namespace BrigadeBot.Features.Booking;

/// <summary>
/// One participant's presence at one held coaching session, without the member's id: what the impact report counts.
/// Erasure and retention never touch it, so totals do not move when identifiable records go.
/// </summary>
public sealed class SessionFact
{
    public ObjectId Id { get; set; } = ObjectId.Empty;
    public string ThemeSlug { get; set; } = "";
    /// <summary>The session's day in the Brigade zone: no time of day, so a fact cannot be matched to an agenda slot.</summary>
    public DateOnly Day { get; set; }
    /// <summary>A group session (more than one place) rather than an individual one.</summary>
    public bool Group { get; set; }
    /// <summary>The profile category when the member consented to count it, else <see cref="SessionFactStore.CategoryWithheld"/>.</summary>
    public string Category { get; set; } = SessionFactStore.CategoryWithheld;
    /// <summary>A random pseudonym for « distinct people »: its link to a Slack id is deleted at erasure or retention.</summary>
    public string Participant { get; set; } = "";
}
