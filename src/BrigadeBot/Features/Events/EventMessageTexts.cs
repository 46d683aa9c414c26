using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>Every word of the announcement and of the messages around a conference.</summary>
public static class EventMessageTexts
{
    public static readonly string AnnouncementHeader = FrenchTypography.Apply("Conférence : programmation Off");
    public static readonly string CancelledHeader = FrenchTypography.Apply("Conférence annulée");
    public static string Fallback(string title, string when) => FrenchTypography.Format($"Conférence « {title} », {when}");

    /// <summary>The details block; every value is already escaped (member-typed text) or a link.</summary>
    public static string Details(string title, string speakers, string when, int duration, string where, string? theme) =>
        FrenchTypography.Format($"*{title}*\n*Avec* : {speakers}\n*Quand* : {when} ({duration} minutes)\n*Où* : {where}")
        + (theme is null ? "" : FrenchTypography.Format($"\n*Thème* : {theme}"));

    public static string InPerson(string place) => place;
    public static string Online(string link) => FrenchTypography.Format($"en ligne : {link}");
    public static string Both(string place, string link) => FrenchTypography.Format($"{place}, ou en ligne : {link}");

    public static string Places(int? left, int? capacity, int registered, int waiting) => (left, capacity) switch
    {
        (null, _) => registered == 1 ? "1 personne inscrite." : $"{registered} personnes inscrites.",
        (0, { } c) => FrenchTypography.Format($"Complet : {c} places prises sur {c}.")
            + (waiting > 0 ? FrenchTypography.Format($" Liste d'attente : {waiting}.") : FrenchTypography.Apply(" Une liste d'attente est ouverte.")),
        ({ } l, { } c) => FrenchTypography.Format($"Places restantes : {l} sur {c}."),
        _ => "",
    };

    public static string Replay(string link) => FrenchTypography.Format($":clapper: Rediffusion : {link}");
    public static readonly string CancelledNote = FrenchTypography.Apply("Cette conférence est annulée. Désolé·e pour le contretemps !");
    public static readonly string PastNote = FrenchTypography.Apply("Les inscriptions sont fermées. Merci à toutes les personnes présentes !");

    public static string Created(string when, string channelId, string? permalink, string command) =>
        FrenchTypography.Format($"Conférence annoncée pour le {when} dans {Mrkdwn.Channel(channelId)}")
        + (permalink is not null && Mrkdwn.IsSafeLinkUrl(permalink) ? FrenchTypography.Format($" : {Mrkdwn.Link(permalink, "voir l'annonce")}.") : ".")
        + FrenchTypography.Format($" Pour la modifier, l'annuler ou marquer les présences : `{command} evenements`.");
    public static string NotAnnounced(string when, string error) =>
        FrenchTypography.Format($":warning: Conférence enregistrée pour le {when}, mais je n'ai pas pu publier l'annonce ({Mrkdwn.Escape(error)}). ")
        + "Vérifiez `Brigade:Channels:Events` et que j'y suis invité.";
    public static readonly string Edited = FrenchTypography.Apply("Conférence modifiée : l'annonce est à jour et les personnes inscrites ont reçu la mise à jour.");
    public static readonly string Cancelled = FrenchTypography.Apply("Conférence annulée : les personnes inscrites et en attente en sont avisées.");
    public static readonly string AlreadyCancelled = "Cette conférence était déjà annulée.";

    public static string Registered(string title, string when, int? left) =>
        FrenchTypography.Format($"C'est noté : vous êtes inscrit·e à « {title} », le {when}. ")
        + (left == 0 ? FrenchTypography.Apply("Vous avez eu la dernière place ! ") : "")
        + "Je vous envoie l'invitation pour votre calendrier et un rappel la veille et une heure avant.";
    public static string Waitlisted(string title, int position) =>
        FrenchTypography.Format($"La conférence « {title} » est complète : vous êtes sur la liste d'attente, en position {position}. ")
        + "Si une place se libère, elle vous revient automatiquement et je vous écris.";
    public static readonly string AlreadyRegistered = FrenchTypography.Apply("Vous êtes déjà inscrit·e à cette conférence. Au plaisir de vous y voir !");
    public static string AlreadyWaiting(int position) => FrenchTypography.Format($"Vous êtes déjà sur la liste d'attente (position {position}).");
    public static readonly string Unregistered = FrenchTypography.Apply("C'est noté : votre inscription est annulée. Merci de l'avoir signalé !");
    public static readonly string LeftWaitlist = FrenchTypography.Apply("C'est noté : vous n'êtes plus sur la liste d'attente.");
    public const string NotRegistered = "Vous n'étiez pas inscrit·e à cette conférence.";
    public const string RegistrationClosed = "Les inscriptions à cette conférence sont fermées.";
    public const string NotFound = "Je ne trouve plus cette conférence.";

    public static string Promoted(string title, string when) =>
        FrenchTypography.Format($":tada: Bonne nouvelle : une place s'est libérée pour « {title} », le {when}. Elle est à vous, vous êtes inscrit·e ! ")
        + "Si vous ne pouvez plus venir, désinscrivez-vous pour la laisser à la personne suivante.";
    public static string Confirmation(string title, string when, string zone, string where) =>
        FrenchTypography.Format($":white_check_mark: Vous êtes inscrit·e à « {title} », le {when} ({zone}).\n*Où* : {where}");
    public static string Updated(string title, string when, string zone, string where) =>
        FrenchTypography.Format($":pencil2: La conférence « {title} » a changé. Nouvelles informations : le {when} ({zone}).\n*Où* : {where}");
    public static string CancelledForMember(string title, string when) =>
        FrenchTypography.Format($":x: La conférence « {title} » du {when} est annulée. Désolé·e pour le contretemps !");
    public static string ReminderDay(string title, string when, string zone, string where) =>
        FrenchTypography.Format($":alarm_clock: Rappel : la conférence « {title} » a lieu *demain*, le {when} ({zone}).\n*Où* : {where}");
    public static string ReminderHour(string title, string when, string zone, string where) =>
        FrenchTypography.Format($":alarm_clock: *Dans une heure* : la conférence « {title} » ({when}, {zone}).\n*Où* : {where}");
    public static string ReplayForMember(string title, string link) =>
        FrenchTypography.Format($":clapper: Vous avez manqué « {title} » ? La rediffusion est en ligne : {link}");
    public static string SurveyInvitation(string title) =>
        FrenchTypography.Format($":raised_hands: Merci d'être venu·e à « {title} » ! Votre avis nous aide à choisir les prochaines conférences. ")
        + "Le sondage prend une minute et vos réponses sont gardées sans votre nom.";
    public const string SurveyButton = "Donner mon avis (1 minute)";

    public const string ReminderFallback = "Rappel de conférence";
    public const string ConfirmationFallback = "Inscription à une conférence";
    public const string UpdateFallback = "Conférence modifiée";
    public const string CancelledFallback = "Conférence annulée";
    public const string PromotedFallback = "Une place s'est libérée";
    public const string ReplayFallback = "Rediffusion de la conférence";
    public const string SurveyFallback = "Votre avis sur la conférence";

    public const string IcsFileName = "conference.ics";
    public static string IcsTitle(string title) => FrenchTypography.Format($"Conférence : {title}");
    public static readonly string IcsComment = FrenchTypography.Apply("Ajoutez la conférence à votre calendrier : ouvrez ce fichier.");
    public static readonly string IcsUpdateComment = FrenchTypography.Apply("Le fichier mis à jour remplace la conférence dans votre calendrier.");
    public static readonly string IcsCancelComment = "Ce fichier retire la conférence de votre calendrier.";
    public static string IcsDescription(string speakers, string where) => $"Avec {speakers}\n{where}";
}
