namespace BrigadeBot.Features.Common.Privacy;

/// <summary>
/// One list of <c>/brigade corriger</c>'s modal, contributed by the feature that owns the records: the member's own
/// records they may cancel or withdraw, in the feature's words, and how to apply the choice.
/// </summary>
public interface IPersonalDataCorrection
{
    /// <summary>The modal's block id of this list (a <c>feature.thing</c> id).</summary>
    string BlockId { get; }
    string Label { get; }
    string Hint { get; }
    /// <summary>What the modal says when the member has nothing of this kind to correct.</summary>
    string Nothing { get; }

    /// <summary>The member's records that may be corrected now, in the order shown.</summary>
    Task<IReadOnlyList<CorrectionChoice>> ChoicesAsync(string memberId, CancellationToken ct);

    /// <summary>Applies the ticked values; only the member's own records may change. Returns how many changed, and why not the others.</summary>
    Task<CorrectionOutcome> ApplyAsync(string memberId, IReadOnlyList<string> values, CancellationToken ct);

    /// <summary>The confirmation line for <paramref name="count"/> (at least one) records changed.</summary>
    string Done(int count);
}
