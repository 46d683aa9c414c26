using BrigadeBot.Features.Common.Privacy;

namespace BrigadeBot.Features.Privacy;

/// <summary>One contributed list of the correction modal with the member's records in it.</summary>
public sealed record CorrectionList(IPersonalDataCorrection Correction, IReadOnlyList<CorrectionChoice> Choices);
