namespace BrigadeBot.Features.Privacy;

/// <summary>Slack ids of the privacy feature, shared by view builders and routes.</summary>
public static class PrivacyIds
{
    public const string Confidentialite = "confidentialite";
    public const string Consentements = "consentements";
    public const string MesDonnees = "mes-donnees";
    /// <summary>The <c>Brigade:Limits</c> entry of data exports.</summary>
    public const string ExportLimit = "exports";
    public const string Corriger = "corriger";
    public const string Oublier = "oublier";

    public const string ConsentModal = "privacy.consents";
    /// <summary>One input block per purpose: <c>privacy.consent.&lt;purpose&gt;</c>.</summary>
    public const string ConsentBlockPrefix = "privacy.consent.";
    public const string Granted = "granted";

    public const string EraseModal = "privacy.erase";
    public const string CorrectModal = "privacy.correct";
    public const string CategoryBlock = "privacy.category";

    /// <summary>The one action_id of every input.</summary>
    public const string Input = "value";

    public static string ConsentBlock(string purpose) => ConsentBlockPrefix + purpose;
}
