namespace BrigadeBot.Features.Common.Privacy;

/// <summary>
/// A kind of identifiable record, kept <c>Privacy:Retention:&lt;Name&gt;Months</c> months (1 to 120) once its purpose
/// is over. The feature that owns the records declares its kind next to its store, in the description of the collections
/// it governs; the same name means the same setting.
/// </summary>
public sealed record RetentionKind(string Name, int DefaultMonths)
{
    /// <summary>The key of the setting under <c>Privacy:Retention</c>.</summary>
    public string Setting => Name + "Months";
}
