using BrigadeBot.Features.Common;
using System.Globalization;

namespace BrigadeBot.Features.Watch;

/// <summary>Every word the watch feature shows. Member-typed parts arrive already escaped by the caller.</summary>
public static class WatchTexts
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");


    public static readonly string HelpLine = FrenchTypography.Apply("planifier une publication de veille ; `veille liste` pour voir, modifier ou annuler les publications à venir");

    // The scheduling modal
    public const string ModalTitle = "Publication de veille";
    public const string EditModalTitle = "Modifier la publication";
    public const string Schedule = "Planifier";
    public const string Save = "Enregistrer";
    public const string Close = "Annuler";
    public const string TitleLabel = "Titre";
    public const string UrlLabel = "Lien (URL)";
    public const string UrlHint = "L'adresse complète de l'article, de l'outil ou de l'événement.";
    public const string SummaryLabel = "Résumé";
    public static readonly string SummaryHint = FrenchTypography.Apply("En quelques lignes : pourquoi c'est utile pour le milieu culturel.");
    public const string ThemeLabel = "Thème";
    public const string ThemePlaceholder = "Choisir un thème (facultatif)";
    public const string ChannelLabel = "Canal de publication";
    public const string ChannelPlaceholder = "Choisir un canal";
    public const string DateLabel = "Date de publication";
    public const string TimeLabel = "Heure de publication";
    public static string TimeHint(string zone) => $"À l'{zone}.";

    public const string TitleMissing = "Indiquez un titre.";
    public static string TooLong(int max) => $"{max} caractères au plus, s'il vous plaît.";
    public const string UrlInvalid = "Indiquez une adresse Web complète, qui commence par https:// (ou http://).";
    public static readonly string SummaryMissing = FrenchTypography.Apply("Écrivez un court résumé : pourquoi c'est utile pour le milieu culturel.");
    public const string ThemeUnknown = "Choisissez un thème de la liste.";
    public const string ChannelMissing = "Choisissez le canal où publier.";
    public const string ChannelNotAChannel = "Choisissez un canal, pas une conversation privée.";
    public const string DateMissing = "Choisissez une date.";
    public const string TimeMissing = "Choisissez une heure.";
    public static readonly string DatePast = FrenchTypography.Apply("Cette date est passée : choisissez un jour à venir.");
    public static readonly string TimePast = FrenchTypography.Apply("Ce moment est déjà passé : choisissez une heure à venir.");
    public static readonly string NotEditable =
        FrenchTypography.Apply("Cette publication de veille ne peut plus être modifiée : elle est déjà publiée, en cours de publication ou annulée.");
    public const string ModalFailed = "Le formulaire n'a pas pu s'ouvrir. Réessayez dans un instant.";

    public static string Scheduled(string title, string when, string channel) =>
        FrenchTypography.Format($":calendar: C'est planifié ! « {title} » paraîtra le {when} dans {channel}. ")
        + "Tapez `/brigade veille liste` pour la modifier ou l'annuler.";
    public static string Revised(string title, string when, string channel) =>
        FrenchTypography.Format($":pencil2: Modification enregistrée : « {title} » paraîtra le {when} dans {channel}.");

    // The public post
    public static string PostFallback(string title) => FrenchTypography.Format($"Veille : {title}");
    public const string Read = "Lire";
    public static string ProposedBy(string user) => $"Veille proposée par {user}";
    public static string ThemeAndProposedBy(string theme, string user) => FrenchTypography.Format($"Thème : {theme} · Veille proposée par {user}");

    // The list
    public const string ListFallback = "Publications de veille à venir";
    public const string ListHeader = "Publications de veille à venir";
    public const string ListEmpty = "Aucune publication de veille à venir. Tapez `/brigade veille` pour en planifier une.";
    public static string ListItem(string when, string channel, string titleLink) => $"*{when}* · {channel}\n{titleLink}";
    public const string StatusPublishing = "_publication en cours_";
    public static string StatusFailed(string reason) => FrenchTypography.Format($":warning: _non publiée : {reason}_");
    public static readonly string StatusMissed = FrenchTypography.Apply(":warning: _non publiée : le bot était arrêté trop longtemps_");
    public const string StatusUncertain = ":grey_question: _publication à vérifier dans le canal_";
    public static string More(int count) => $"… et {count} autre(s) à venir.";
    public const string RecentHeader = "*Publiées ces 7 derniers jours*";
    public const string SeeMessage = "voir le message";
    public static string RecentItem(string when, string title, string? messageLink) =>
        FrenchTypography.Format($"• {when} : {title}{(messageLink is null ? "" : $" — {messageLink}")}");
    public const string Edit = "Modifier";
    public const string CancelItem = "Annuler";
    public static readonly string CancelConfirmTitle = FrenchTypography.Apply("Annuler cette publication de veille ?");
    public static string EditLabel(string title) => FrenchTypography.Format($"Modifier la publication « {MemberText.OneLine(title, 40)} »");
    public static string CancelLabel(string title) => FrenchTypography.Format($"Annuler la publication « {MemberText.OneLine(title, 40)} »");
    public static string ReadLabel(string title) => FrenchTypography.Format($"Lire « {MemberText.OneLine(title, 60)} »");
    public static string PlanLabel(string title) => FrenchTypography.Format($"Planifier « {MemberText.OneLine(title, 55)} »");
    public static string IgnoreLabel(string title) => FrenchTypography.Format($"Ignorer la suggestion « {MemberText.OneLine(title, 45)} »");
    public const string CancelConfirmText = "Elle ne sera pas publiée.";
    public const string CancelConfirmYes = "Oui, l'annuler";
    public const string CancelConfirmNo = "Non, la garder";
    public static string Cancelled(string title) => FrenchTypography.Format($"La publication de veille « {title} » est annulée : elle ne sera pas publiée.");
    public const string Gone = "Cette publication de veille n'existe plus ou ne peut plus être changée.";

    // Notices to the author
    public static string FailedNotice(string title, string channel, string reason) =>
        FrenchTypography.Format($":warning: Je n'ai pas pu publier « {title} » dans {channel} : {reason} Modifiez-la pour la replanifier.");
    public static string FailureReason(string error) => error switch
    {
        "not_in_channel" => FrenchTypography.Apply("je ne suis pas membre de ce canal : invitez le bot dans le canal avec /invite @BrigadeBot."),
        "channel_not_found" => "ce canal est introuvable (supprimé, ou privé sans le bot).",
        "is_archived" => "ce canal est archivé.",
        "invalid_blocks" or "invalid_blocks_format" or "msg_too_long" or "msg_blocks_too_long" =>
            "Slack a refusé le contenu du message.",
        GaveUp => "Slack ne répond pas, même après plusieurs tentatives.",
        _ => $"Slack a refusé la publication (code `{error}`).",
    };
    public const string GaveUp = "gave_up";
    public static string MissedNotice(string title, string when, string channel, double hours) =>
        FrenchTypography.Format($":hourglass: La publication de veille « {title} » devait paraître le {when} dans {channel}, mais le bot était arrêté. ")
        + $"Avec plus de {hours.ToString("0.#", French)} h de retard, je ne l'ai pas publiée. Replanifiez-la si elle est toujours d'actualité.";
    public static string UncertainNotice(string title, string channel) =>
        FrenchTypography.Format($":grey_question: Le bot s'est arrêté pendant qu'il publiait « {title} » dans {channel}. ")
        + FrenchTypography.Apply("Je ne sais pas si Slack l'a reçue : jetez un œil au canal, puis dites-moi ce qu'il en est.");
    public static readonly string Republish = FrenchTypography.Apply("Pas là : la publier");
    public const string ConfirmPublished = "Elle est bien publiée";
    public const string RepublishDone = "Entendu, je la publie maintenant.";
    public static readonly string ConfirmDone = FrenchTypography.Apply("Merci ! Je la note comme publiée.");

    // The weekly digest
    public const string DigestHeader = "La veille de la semaine";
    public static string DigestIntro(int count) =>
        count == 1 ? FrenchTypography.Apply("La ressource partagée cette semaine :") : FrenchTypography.Format($"Les {count} ressources partagées cette semaine :");
    public static string DigestLine(string link, string? theme) => theme is null ? $"• {link}" : $"• {link} _({theme})_";
    public static string DigestMore(int count) => FrenchTypography.Format($"… et {count} autre(s) : voyez le canal.");
    public static readonly string DigestFooter = FrenchTypography.Apply("Une ressource à faire connaître ? Écrivez à une personne animatrice de la Brigade.");

    // Feed suggestions
    public static string SuggestionFallback(string title) => FrenchTypography.Format($"Suggestion de veille : {title}");
    public static string Suggestion(string feed, string titleLink, string excerpt) =>
        $":newspaper: *Suggestion de veille* · {feed}\n*{titleLink}*{(excerpt.Length > 0 ? "\n" + excerpt : "")}";
    public const string Plan = "Planifier";
    public const string Ignore = "Ignorer";
    public static string Ignored(string title, string user) => FrenchTypography.Format($"~{title}~ : suggestion ignorée par {user}.");
    public static string AlreadyPlanned(string user) => $"Cette suggestion est déjà planifiée par {user}.";
    public const string AlreadyPlannedPlain = "Cette suggestion est déjà planifiée.";
    public const string SuggestionGone = "Cette suggestion n'existe plus.";

    // App Home
    public const string LatestHeader = "Dernières publications de veille";
    public const string NoLatest = "Aucune publication de veille pour l'instant.";
    public static string LatestLine(string titleLink, string day) => $"• {titleLink} · _{day}_";
    public const string PendingHeader = "Publications de veille en attente";
    public static readonly string NoPending = FrenchTypography.Apply("Aucune publication de veille en attente. Préparez-en une : `/brigade veille`.");
    public static string PendingLine(string when, string channel, string titleLink) => $"• *{when}* · {channel} · {titleLink}";
    public static string MorePending(int count) => FrenchTypography.Format($"… et {count} autre(s) : `/brigade veille liste`.");
}
