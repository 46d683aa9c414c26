using BrigadeBot.Features.Common;
namespace BrigadeBot.Features.Home;

/// <summary>Every French word of the App Home.</summary>
public static class HomeTexts
{
    public const string MemberHeader = "Brigade numérique des Laurentides";
    public static readonly string MemberIntro =
        FrenchTypography.Apply("Accompagnements en visioconférence, codéveloppement, veille et fiches : tout se passe avec la commande `/brigade`. Tapez `/brigade aide` pour la liste.");
    public const string MySessions = "Vos prochains accompagnements";
    public const string NoSessions = "Aucun accompagnement à venir. Tapez `/brigade reserver` pour en réserver un.";
    public static string MoreSessions(int count) => FrenchTypography.Format($"… et {count} autre(s) : `/brigade mes-reservations`.");
    public static string SessionLine(string theme, string when, string zone, string animator) =>
        $"*{theme}*\n{when} ({zone}), avec {animator}";
    public const string Cancel = "Annuler";
    public static readonly string CancelTitle = FrenchTypography.Apply("Annuler cet accompagnement ?");
    public const string CancelText = "Votre place sera libérée et la personne animatrice en sera avertie.";
    public const string YesCancel = "Oui, annuler";
    public const string NoKeep = "Non, le garder";
    public const string Cancelled = ":white_check_mark: Votre accompagnement est annulé. La personne animatrice en est avertie.";
    public const string NotCancelled = ":warning: Cette réservation n'existe plus ou ne peut plus être annulée.";

    public const string Topics = "Sujets de codéveloppement ouverts";
    public static readonly string NoTopics = FrenchTypography.Apply("Aucun sujet ouvert. Proposez le vôtre : `/brigade proposer`.");
    public static string TopicLine(int id, int votes, string problem) => $"*no {id}* · {votes} vote(s)\n{problem}";
    public const string VoteButton = "👍 Voter";
    public static string MoreTopics(int count) => FrenchTypography.Format($"… et {count} autre(s) sujet(s) : `/brigade sujets`.");
    public static string Voted(int id, bool added) => added
        ? $":thumbsup: Votre vote pour le sujet no {id} est compté."
        : $"Votre vote pour le sujet no {id} est retiré.";
    public const string VoteClosed = ":information_source: Ce sujet n'est plus ouvert au vote.";

    public const string Privacy = "Vos renseignements personnels";
    public static readonly string PrivacyText =
        FrenchTypography.Apply("`/brigade confidentialite` : ce que nous conservons et pourquoi\n`/brigade consentements` : vos choix\n")
        + FrenchTypography.Apply("`/brigade mes-donnees` : recevoir vos données\n`/brigade corriger` : les corriger\n`/brigade oublier` : les faire effacer");

    public static readonly string AnimatorHeader = FrenchTypography.Apply("Brigade numérique : tableau de bord");
    public const string Today = "Aujourd'hui";
    public const string ThisWeek = "Cette semaine";
    public const string NoSessionToday = "Aucune séance aujourd'hui.";
    public const string NoSessionThisWeek = "Aucune autre séance dans les 7 prochains jours.";
    public static string SlotLine(string when, string animator, int taken, int capacity) =>
        $"{when} · {animator} · {taken}/{capacity} place(s) prise(s)";
    public static string MoreSlots(int count) => FrenchTypography.Format($"… et {count} autre(s) séance(s) : `/brigade agenda`.");
    public const string TopicsWithCounts = "Sujets de codéveloppement ouverts";
    public static string TopicCount(int id, int votes, string problem) => $"*no {id}* · {votes} vote(s) · {problem}";
    public const string Figures = "Cette année de programme";
    public static string FiguresText(int held, int people, string satisfaction, string responseRate, int transfer) =>
        $"*{held}* accompagnement(s) tenu(s) · *{people}* personne(s) accompagnée(s)\n"
        + FrenchTypography.Format($"Satisfaction : *{satisfaction}* · taux de réponse au sondage : {responseRate}\n")
        + FrenchTypography.Format($"Passeurs de savoirs : {transfer} personne(s)\nLe bilan complet : `/brigade bilan`.");
    public const string Truncated = "… la suite dans les commandes `/brigade`.";
}
