namespace BrigadeBot.Features.Common.Privacy;

/// <summary>
/// What a feature did with the ticked records: how many changed, and why any ticked one was left as it was (a rule of
/// the feature, one line each in the member's words).
/// </summary>
public sealed record CorrectionOutcome(int Changed, IReadOnlyList<string> LeftAsIs)
{
    public static implicit operator CorrectionOutcome(int changed) => new(changed, []);
}
