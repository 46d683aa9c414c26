namespace BrigadeBot.Features.Common.Privacy;

/// <summary>
/// The description of one collection of the database (Loi 25 inventory): its document type, purpose, who may see it, how
/// long it is kept, and every persisted field. The feature that owns the collection writes it next to its store, in
/// French (members and the person in charge read it); <see cref="Kind"/> is the retention setting that governs it, if any.
/// </summary>
public sealed record PersonalDataCollection(string Name, Type Document, string Purpose, string Audience, string Retention,
    IReadOnlyList<PersonalDataField> Fields, RetentionKind? Kind = null)
{
    /// <summary>A field line of the description, short enough to keep a description readable.</summary>
    public static PersonalDataField F(string name, string content, bool exported = false) => new(name, content, exported);
}
