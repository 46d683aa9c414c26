namespace BrigadeBot.Features.Common.Members;

/// <summary>
/// The optional purposes. Each is asked apart, unticked, and refusing one never blocks a service. The ids are stored in
/// the consent history: never rename one.
/// </summary>
public static class ConsentPurposes
{
    /// <summary>Bump whenever the wording of these purposes or of the privacy notice changes: consents are stored with it.</summary>
    /// <remarks>
    /// « c » follows « 2026-12 » (the booking notice already used « b »), so one version string never names two wordings.
    /// The survey wording now names conferences and the follow-up survey; a consent given under « 2026-12 » stays valid:
    /// the purpose is the same (short surveys about the program's activities, answers kept without the member's id), those
    /// surveys already relied on it, and the member sees the new wording in <c>/brigade consentements</c> to withdraw it.
    /// </remarks>
    public const string NoticeVersion = "2026-12-c";

    /// <summary>The profile category counts in the anonymous statistics of the program.</summary>
    public const string Statistics = "statistiques-categorie";
    /// <summary>
    /// The member may receive the short surveys after an accompaniment (impact) or a conference (events), and the follow-up
    /// survey months later (impact); each feature reads it before sending.
    /// </summary>
    public const string Survey = "survey";
    /// <summary>The member's name is shown with the codevelopment proposals they make.</summary>
    public const string CodevName = "codev-name";

    public static readonly IReadOnlyList<ConsentPurpose> All =
    [
        new(Statistics, "Statistiques anonymes du programme",
            "Ma catégorie de profil peut compter dans les statistiques",
            "Totaux anonymes seulement. Refuser n'empêche pas de réserver."),
        new(Survey, "Sondages après un accompagnement ou une conférence",
            "Je veux de courts sondages après mes accompagnements et conférences",
            "Et un suivi quelques mois plus tard. Réponses sans votre identifiant."),
        new(CodevName, "Nom affiché avec mes propositions",
            "Afficher mon nom avec mes propositions de codéveloppement",
            "Sinon, seules les personnes animatrices savent qui a proposé."),
    ];

    public static ConsentPurpose? Find(string id) => All.FirstOrDefault(p => p.Id == id);
}
