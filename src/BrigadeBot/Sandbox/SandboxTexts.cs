using BrigadeBot.Features.Common;
using System.Globalization;

namespace BrigadeBot.Sandbox;

/// <summary>Every French word of the sandbox page and of its stand-in for Slack's own client.</summary>
public static class SandboxTexts
{
    public const string PageTitle = "BrigadeBot — bac à sable";
    public static readonly string Intro = FrenchTypography.Apply("Essayez le bot comme dans Slack, sans espace de travail Slack : rien de ce que vous faites ici ne touche les vraies données.");
    public const string WhoAmI = "Vous êtes";
    public const string AnimatorTag = "personne animatrice";
    public const string Clock = "Horloge du bac à sable";
    public const string AdvanceHour = "Avancer d'1 h";
    public const string AdvanceDay = "Avancer d'1 jour";
    public const string AdvanceMonth = "Avancer d'1 mois";
    public const string SimulateJoin = "Simuler l'arrivée d'un membre";
    public const string Reset = "Remettre à zéro";
    public static readonly string ResetConfirm = FrenchTypography.Apply("Tout effacer (messages, données du bac à sable, horloge) et recommencer ?");
    public const string Channels = "Canaux";
    public const string DirectMessages = "Messages";
    public const string Home = "Accueil";
    public const string BotName = "BrigadeBot";
    public const string GeneralChannel = "général";
    public const string Composer = "Message";
    public const string ComposerPlaceholder = "Tapez /brigade … puis Entrée";
    public const string Send = "Envoyer";
    public const string Suggestions = "Sous-commandes";
    public const string OnlyYou = "Visible uniquement par vous";
    public const string EmptyConversation = "Aucun message pour l'instant.";
    public const string NoHome = "Ce bot n'a pas encore d'accueil pour vous.";
    public const string Journal = "Journal des appels à l'API Slack (simulés)";
    public const string Newcomer = "Nouveau membre";
    public const string Download = "Télécharger";
    public const string Optional = "(facultatif)";
    public const string Cancel = "Annuler";
    public const string Close = "Fermer";
    public const string Search = "Chercher";
    public const string ChooseOption = "Choisir une option";
    public const string Failed = "La requête a échoué. Réessayez.";
    public const string OffMachine = "Le bac à sable ne répond qu'aux requêtes faites depuis cette machine.";
    public const string OtherSite = "Le bac à sable n'accepte que les actions faites depuis sa propre page.";
    public const string Unsupported = "élément non pris en charge par le bac à sable";

    public const string Required = "Ce champ est obligatoire.";
    public const string NotAUrl = "Entrez une adresse Web valide (http ou https).";
    public const string NotAnEmail = "Entrez une adresse courriel valide.";
    public const string NotANumber = "Entrez un nombre.";
    public const string NotAWholeNumber = "Entrez un nombre entier.";

    public static string TooShort(int min) => $"Entrez au moins {min} caractères.";
    public static string TooLong(int max) => $"Entrez au plus {max} caractères.";

    public static string OutOfRange(decimal? min, decimal? max) => (min, max) switch
    {
        ({ } a, { } b) => $"Entrez un nombre entre {Number(a)} et {Number(b)}.",
        ({ } a, null) => $"Entrez un nombre d'au moins {Number(a)}.",
        (null, { } b) => $"Entrez un nombre d'au plus {Number(b)}.",
        _ => NotANumber,
    };

    public static string NotACommand(string typed) => FrenchTypography.Format($"« {typed} » n'est pas une commande connue ici. Essayez /brigade.");
    public static string CommandFailed(int status) => $"La commande n'a pas abouti (HTTP {status}).";

    /// <summary>The names the page gives to the <c>Brigade:Channels</c> keys.</summary>
    public static string ChannelName(string key) => key.ToLowerInvariant() switch
    {
        "watch" => "veille",
        "codev" => "codéveloppement",
        "sheets" => "fiches",
        "events" => "conférences",
        var other => other,
    };

    /// <summary>« mardi 1er décembre à 14 h »: the sandbox clock.</summary>
    public static string DateTime(DateTimeOffset local) => FrenchDates.DayAndTime(local, local);

    /// <summary>« 14 h 05 ».</summary>
    public static string Time(DateTimeOffset local) => FrenchDates.Time(local);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");

    private static string Number(decimal n) => n.ToString(French);
}
