using System.Globalization;
using Brigade.Slack.BlockKit;
using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>Every word of the codevelopment proposals and votes (meetings: <see cref="MeetingTexts"/>).</summary>
public static class CodevTexts
{
    public const int ProblemMin = 10;
    public const int ProblemMax = 1000;
    public const int ContextMax = 2000;

    public const string ProposeHelp = "proposer une problématique pour une rencontre de codéveloppement";
    public const string TopicsHelp = "voir les sujets de codéveloppement proposés et voter";

    public static string ProblemTooShort(string command) =>
        FrenchTypography.Format($"Votre problématique est un peu courte : décrivez-la en au moins {ProblemMin} caractères, par exemple ")
        + FrenchTypography.Format($"`{command} proposer Comment faire connaître mon exposition sans budget publicitaire ?`. ")
        + $"Tapez `{command} proposer` seul pour ouvrir un formulaire.";

    public static string ProblemTooLong(int length) =>
        FrenchTypography.Format($"Votre problématique compte {length} caractères ; la limite est de {ProblemMax}. Résumez-la, puis ")
        + FrenchTypography.Apply("donnez les détails pendant la rencontre (ou dans le champ « Contexte » du formulaire).");

    public const string ModalTitle = "Proposer un sujet";
    public const string ModalSubmit = "Proposer";
    public static readonly string ModalIntro =
        FrenchTypography.Apply("Décrivez un *défi professionnel réel* sur lequel le groupe pourrait vous aider. Les membres votent ; ")
        + "les sujets les plus populaires sont traités lors de rencontres de codéveloppement de 90 minutes.";
    public const string ProblemLabel = "Problématique";
    public static readonly string ProblemPlaceholder = FrenchTypography.Apply("Ex. : Comment faire connaître mon exposition sans budget publicitaire ?");
    public const string ContextLabel = "Contexte (facultatif)";
    public const string ContextHint =
        "Ce que vous avez déjà essayé, vos contraintes, votre milieu… Pas de renseignements sensibles ni de noms de tiers.";
    public const string ProblemHint = "Visible par tous les membres. N'y écrivez pas de renseignements sensibles ni de noms de tiers.";
    public const string ShowNameLabel = "Confidentialité";
    public const string ShowNameOption = "Afficher mon nom avec la proposition";
    public const string ShowNameDescription = "Sinon, seules les personnes animatrices verront votre nom.";
    public static string ProblemLength => $"Décrivez votre problématique en {ProblemMin} à {ProblemMax} caractères.";
    public static string ContextLength => $"Le contexte est limité à {ContextMax} caractères.";

    public const string EditModalTitle = "Modifier ma proposition";
    public const string EditSubmit = "Enregistrer";
    public const string EditButton = "Modifier";
    public static string EditLabel(int id) => $"Modifier ma proposition no {id}";
    public static readonly string CannotEditProposal =
        FrenchTypography.Apply("Cette proposition ne peut plus être modifiée : elle a reçu un vote, ou elle a été retenue ou archivée.");
    public static string ProposalEdited(int id) => $"Votre proposition no {id} est modifiée.";

    public const string ArchiveButton = "Archiver";
    public static string ArchiveLabel(int id) => $"Archiver la proposition no {id}";
    public static readonly string ArchiveTitle = FrenchTypography.Apply("Archiver la proposition ?");
    public const string ArchiveText = "Elle ne sera plus soumise au vote. Son auteur·e la verra archivée.";
    public const string MergeButton = "Fusionner…";
    public static string MergeLabel(int id) => $"Fusionner la proposition no {id} dans une autre";
    public const string MergeTitle = "Fusionner";
    public const string MergeSubmit = "Fusionner";
    public static string MergeIntro(int id, string problem) =>
        FrenchTypography.Format($"La proposition no {id} sera archivée et ses votes reportés sur celle que vous choisissez (un seul vote par personne).\n>{MemberText.ForMrkdwn(MemberText.OneLine(problem, 300), 400)}");
    public const string MergeTargetLabel = "Fusionner dans";
    public const string NoOtherProposal = "Aucune autre proposition ouverte dans laquelle la fusionner.";
    public static string Archived(int id) => $"La proposition no {id} est archivée.";
    public static string Merged(int source, int target, int votes) =>
        $"La proposition no {source} est fusionnée dans la no {target}, qui compte maintenant {Votes(votes)}.";
    public static readonly string NotOpenAnyMore = FrenchTypography.Apply("Cette proposition n'est plus ouverte : rien à faire.");
    public static string MergedTag(int target) => $"Fusionnée dans la proposition no {target}";

    public const string Anonymous = "Proposition anonyme";
    public const string ChosenByTeam = "Sujet choisi par l'équipe d'animation";
    public static string ProposedBy(string userId) => $"Proposée par {Mrkdwn.User(userId)}";
    public static string AuthorForAnimators(string userId, bool shown) =>
        shown ? ProposedBy(userId) : $"Proposée par {Mrkdwn.User(userId)} (anonyme pour les membres)";

    public static string Votes(int count) => count switch { 0 => "aucun vote", 1 => "1 vote", _ => $"{count} votes" };
    public const string VoteButton = "👍 Voter";
    public static string VoteLabel(int id) => $"Voter pour la proposition no {id}";
    public static string ProposalTitle(int id) => $"*Proposition de codéveloppement no {id}*";
    public const string ContextTitle = "*Contexte*";
    public static string ProposalFallback(string problem) => FrenchTypography.Format($"Proposition de codéveloppement : {MemberText.ForMrkdwn(problem, 150)}");
    public const string SelectedTag = "Retenue pour une rencontre :tada:";
    public const string ArchivedTag = "Archivée";

    public static string Published(int id, string channelId, string? permalink, bool anonymous) =>
        FrenchTypography.Format($"Merci ! Votre proposition no {id} est publiée dans {Mrkdwn.Channel(channelId)}")
        + (permalink is not null && Mrkdwn.IsSafeLinkUrl(permalink) ? FrenchTypography.Format($" : {Mrkdwn.Link(permalink, "voir la proposition")}") : "")
        + ". Les membres peuvent maintenant voter."
        + (anonymous ? FrenchTypography.Apply(" Votre nom n'y paraît pas : seules les personnes animatrices le connaissent.") : "");

    public static string SavedNotPublished(int id, string command) =>
        FrenchTypography.Format($"Merci ! Votre proposition no {id} est enregistrée, mais je n'ai pas pu la publier dans le canal de ")
        + $"codéveloppement. Elle figure tout de même dans `{command} sujets`, où les membres peuvent voter.";

    public static string VoteAdded(int id, int votes) =>
        FrenchTypography.Format($"Votre vote pour la proposition no {id} est enregistré ({Votes(votes)}). Cliquez de nouveau sur « Voter » pour le retirer.");
    public static string VoteRemoved(int id, int votes) =>
        $"Votre vote pour la proposition no {id} est retiré ({Votes(votes)}).";
    public static readonly string VoteClosed = FrenchTypography.Apply("Cette proposition n'est plus ouverte au vote : elle a été retenue ou archivée.");
    public const string ProposalNotFound = "Je ne trouve plus cette proposition.";

    public const string TopicsHeader = "Sujets de codéveloppement proposés";
    public const string TopicsFallback = "Sujets de codéveloppement proposés";
    public static string TopicsIntro(string command) =>
        FrenchTypography.Format($"Du plus populaire au plus récent. Un vote par personne et par sujet ; vous pouvez appuyer plusieurs sujets. ")
        + $"Proposez le vôtre avec `{command} proposer`.";
    public static string NoTopics(string command) =>
        FrenchTypography.Format($"Aucune proposition ouverte pour l'instant. Proposez la première avec `{command} proposer` !");
    public static string TopicLine(int rank, int id, int votes) => $"*{rank}. Proposition no {id}* · 👍 {Votes(votes)}";
    public static string Voters(IEnumerable<string> userIds)
    {
        var ids = userIds.ToList();
        return ids.Count == 0 ? FrenchTypography.Apply("Votes : aucun") : FrenchTypography.Apply("Votes : ") + string.Join(", ", ids.Select(Mrkdwn.User));
    }
    public static string MoreTopics(int count) => count == 1 ? "… et 1 autre proposition." : $"… et {count} autres propositions.";
    public static string AnimatorFooter(string command) =>
        FrenchTypography.Format($"Personnes animatrices : `{command} codev` pour planifier une rencontre, `{command} codev liste` pour les inscriptions et la clôture.");

    // In /brigade corriger's modal
    public const string CorrectionLabel = "Retirer ces propositions de codéveloppement";
    public const string CorrectionHint = "Elles seront effacées et retirées du canal.";
    public const string CorrectionNothing = "Vous n'avez aucune proposition de codéveloppement ouverte.";
    public static string Corrected(int withdrawn) => $"{withdrawn} proposition(s) retirée(s).";
    public static string ProposalChoice(int id, string problem) => FrenchTypography.Format($"no {id} : {problem}");

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");

}
