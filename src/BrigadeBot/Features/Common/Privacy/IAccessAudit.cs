namespace BrigadeBot.Features.Common.Privacy;

/// <summary>Where a feature writes that someone (an animator) read, exported or erased other members' data.</summary>
public interface IAccessAudit
{
    /// <summary>Records that <paramref name="actor"/> did <paramref name="action"/> (one of <see cref="AuditActions"/>) to each of <paramref name="subjects"/> (self excluded).</summary>
    Task RecordAsync(string actor, string action, IEnumerable<string> subjects, CancellationToken ct);
}
