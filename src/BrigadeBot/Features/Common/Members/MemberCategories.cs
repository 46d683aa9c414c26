namespace BrigadeBot.Features.Common.Members;

/// <summary>The profile categories a member may give (asked at the first booking, corrected with <c>/brigade corriger</c>).</summary>
public static class MemberCategories
{
    /// <summary>Value (stored: never rename one) and French label (≤ 75 characters).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> All =
    [
        ("artiste", "Artiste professionnel·le indépendant·e ou agent·e culturel·le"),
        ("etudiant", "Étudiant·e"),
        ("organisme", "Personne travaillant pour un organisme culturel"),
        ("autre", "Autre"),
        ("sans-reponse", "Préfère ne pas répondre"),
    ];

    public static bool IsKnown(string? value) => All.Any(c => c.Value == value);
}
