using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common.KnowledgeSheets;

namespace BrigadeBot.Features.Sheets;

/// <summary>Every word of the knowledge sheets feature.</summary>
public static class SheetsTexts
{

    public static readonly string HelpLine =
        FrenchTypography.Apply("trouver une fiche de connaissances et la partager ; `fiche ajouter` pour en publier une (personnes animatrices)");

    // Search and lists
    public static string Results(string query, int count) =>
        FrenchTypography.Format($"*{count} fiche{(count > 1 ? "s" : "")} pour « {Mrkdwn.Escape(MemberText.Cut(query, 100))} »*");
    public static string NoMatch(string query) =>
        FrenchTypography.Format($"Aucune fiche ne correspond à « {Mrkdwn.Escape(MemberText.Cut(query, 100))} ». ")
        + FrenchTypography.Apply("Essayez un autre mot, ou choisissez parmi les thèmes du programme :");
    public const string ThemesHeader = "Fiches de connaissances par thème";
    public const string ThemesFallback = "Les fiches de connaissances de la Brigade, par thème";
    public static string SearchTip(string command) =>
        $"Pour chercher une fiche, tapez `{command} fiche` suivi de quelques mots, par exemple `{command} fiche mot de passe`.";
    public static string AnimatorTip(string command) =>
        FrenchTypography.Format($"Personne animatrice : `{command} fiche ajouter` pour publier une nouvelle fiche.");
    public static string ThemeLine(string themeName, string? link, int count) =>
        FrenchTypography.Format($"• *{Mrkdwn.Escape(themeName)}* : {link ?? "fiche à venir"}")
        + (count > 1 ? $" · {count} fiches" : "");
    public const string SummaryLink = "fiche synthèse";

    // Card
    public static string Fallback(string title) => FrenchTypography.Format($"Fiche : {Mrkdwn.Escape(title)}");
    public const string ReadLink = "Lire la fiche";
    public const string PdfLink = "Télécharger le PDF";
    public static string Origin(SheetOrigin origin) => origin switch
    {
        SheetOrigin.CodevMeeting => "Rencontre de codéveloppement",
        SheetOrigin.Conference => "Conférence",
        _ => "Synthèse de thème",
    };
    public static string Published(DateOnly date) => "publiée le " + FrenchDates.Date(date);
    public static string By(string? authorId) => authorId is null ? "par la Brigade" : "par " + Mrkdwn.User(authorId);
    public static string SharedBy(string userId) => $":books: Fiche partagée par {Mrkdwn.User(userId)}";

    // Buttons
    public const string Share = "Partager dans le canal";
    public const string SendByDm = "M'envoyer en message privé";
    public const string Edit = "Modifier";
    public const string Retire = "Retirer";
    public static string ShareLabel(string title) => FrenchTypography.Format($"Partager la fiche « {MemberText.OneLine(title, 35)} » dans le canal");
    public static string SendByDmLabel(string title) => FrenchTypography.Format($"M'envoyer la fiche « {MemberText.OneLine(title, 40)} »");
    public static string EditLabel(string title) => FrenchTypography.Format($"Modifier la fiche « {MemberText.OneLine(title, 50)} »");
    public static string RetireLabel(string title) => FrenchTypography.Format($"Retirer la fiche « {MemberText.OneLine(title, 50)} »");
    public static readonly string RetireConfirmTitle = FrenchTypography.Apply("Retirer cette fiche ?");
    public const string RetireConfirmText =
        "Elle n'apparaîtra plus dans les recherches, mais restera archivée dans le catalogue.";

    // Outcomes
    public const string InviteMe =
        ":warning: Je ne peux pas publier dans ce canal. Invitez-moi dans ce canal avec /invite @BrigadeBot, puis réessayez.";
    public const string ShareFailed =
        ":warning: Je n'ai pas pu partager la fiche dans ce canal. Réessayez dans un instant, ou envoyez-la-vous en message privé.";
    public static string SentByDm(string title) => FrenchTypography.Format($"Je vous ai envoyé la fiche « {Mrkdwn.Escape(title)} » en message privé.");
    public const string DmFailed = ":warning: Je n'ai pas pu vous écrire en message privé. Réessayez dans un instant.";
    public static readonly string Gone = FrenchTypography.Apply("Cette fiche a été retirée du catalogue : cherchez-en une autre avec `/brigade fiche`.");
    public static string RetiredDone(string title) =>
        FrenchTypography.Format($"Fiche « {Mrkdwn.Escape(title)} » retirée : elle n'apparaît plus dans les recherches, mais reste archivée.");

    // Announcement
    public const string AnnouncementHeader = "Nouvelle fiche de connaissances :books:";
    public static string AnnouncementFallback(string title) => FrenchTypography.Format($"Nouvelle fiche de connaissances : {Mrkdwn.Escape(title)}");
    public static string PublishedNoChannel(string title) =>
        FrenchTypography.Format($"Votre fiche « {Mrkdwn.Escape(title)} » est publiée. Aucun canal d'annonce n'est configuré (Brigade:Channels:Sheets) : elle n'a pas été annoncée.");
    public static string PublishedNotAnnounced(string title, string channelId) =>
        FrenchTypography.Format($"Votre fiche « {Mrkdwn.Escape(title)} » est publiée, mais je n'ai pas pu l'annoncer dans {Mrkdwn.Channel(channelId)}. ")
        + "Invitez-moi dans ce canal avec /invite @BrigadeBot.";

    // Modal
    public const string CreateModalTitle = "Nouvelle fiche";
    public const string EditModalTitle = "Modifier la fiche";
    public const string PublishButton = "Publier";
    public const string SaveButton = "Enregistrer";
    public const string TitleLabel = "Titre";
    public const string ThemeLabel = "Thème";
    public const string ThemePlaceholder = "Choisir un thème";
    public const string SummaryLabel = "Résumé (un paragraphe)";
    public const string WebUrlLabel = "Lien vers la page Web";
    public const string WebUrlHint = "L'adresse complète de la fiche, qui commence par https://";
    public const string PdfUrlLabel = "Lien vers le PDF";
    public const string KeywordsLabel = "Mots-clés";
    public static readonly string KeywordsHint = FrenchTypography.Apply("Séparés par des virgules : les mots que les membres taperont pour trouver la fiche.");
    public const string OriginLabel = "Origine";
    public const string PublishedOnLabel = "Date de publication";

    // Modal errors
    public const string TitleRequired = "Indiquez le titre de la fiche.";
    public static string TitleTooLong => $"Le titre doit tenir en {SheetLimits.TitleMax} caractères.";
    public const string ThemeRequired = "Choisissez un thème du catalogue.";
    public const string SummaryRequired = "Écrivez un résumé d'un paragraphe.";
    public static string SummaryTooLong => $"Le résumé doit tenir en {SheetLimits.SummaryMax} caractères.";
    public const string WebUrlInvalid = "Entrez une adresse Web complète qui commence par https:// (ou http://), sans espace.";
    public const string DateInvalid = "Choisissez une date valide.";

    // App Home and its search modal
    public const string HomeHeader = "Fiches de connaissances";
    public static string HomeText(int count) =>
        $"{count} fiche{(count > 1 ? "s" : "")} pour aller plus loin après un accompagnement, sur chacun des thèmes du programme.";
    public const string SearchButton = "Chercher une fiche";
    public const string SearchTitle = "Chercher une fiche";
    public const string SearchSubmit = "Chercher";
    public const string SearchClose = "Fermer";
    public const string QueryLabel = "Mots à chercher";
    public static readonly string QueryPlaceholder = FrenchTypography.Apply("par exemple : mot de passe");
    public const string QueryMissing = "Tapez au moins un mot.";
    public static string ShareFromChannelTip(string command) =>
        $"Pour partager une fiche dans un canal, tapez `{command} fiche` suivi de vos mots dans ce canal.";
}
