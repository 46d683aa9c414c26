namespace BrigadeBot.Features.Common.Members;

/// <summary>
/// The optional purposes. Each is asked apart, unticked, and refusing one never blocks a service. The ids are stored in
/// the consent history: never rename one.
/// </summary>
public static class ConsentPurposes
{
    /// <summary>Bump whenever the wording of these purposes or of the privacy notice changes: consents are stored with it.</summary>
    public const string NoticeVersion = "2026-12";

    /// <summary>The profile category counts in the anonymous statistics of the program.</summary>
    public const string Statistics = "statistiques-categorie";
    /// <summary>The member may receive the post-session survey (read by the impact feature before sending it).</summary>
    public const string Survey = "survey";
    /// <summary>The member's name is shown with the codevelopment proposals they make.</summary>
    public const string CodevName = "codev-name";

    public static readonly IReadOnlyList<ConsentPurpose> All =
    [
        new(Statistics, "Statistiques anonymes du programme",
            "Ma catégorie de profil peut compter dans les statistiques",
            "Totaux anonymes seulement. Refuser n'empêche pas de réserver."),
        new(Survey, "Sondage après un accompagnement",
            "Je veux recevoir un court sondage après mes accompagnements",
            "Réponses gardées sans votre identifiant. Refuser ne change rien d'autre."),
        new(CodevName, "Nom affiché avec mes propositions",
            "Afficher mon nom avec mes propositions de codéveloppement",
            "Sinon, seules les personnes animatrices savent qui a proposé."),
    ];

    public static ConsentPurpose? Find(string id) => All.FirstOrDefault(p => p.Id == id);
}
