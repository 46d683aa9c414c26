using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>Every word of codevelopment as members see it: their view of the meetings, calendar files, news of a change.</summary>
public static class MemberMeetingTexts
{
    public static readonly string Help = FrenchTypography.Apply(
        "les rencontres de codéveloppement et vos inscriptions (personnes animatrices : planifier, `codev liste` : inscriptions et présences)");

    public const string Header = "Rencontres de codéveloppement";
    public static readonly string Intro = FrenchTypography.Apply(
        "90 minutes en personne pour aider un·e membre à résoudre un défi réel. Inscrivez-vous : vous recevrez l'invitation pour votre agenda et un rappel la veille.");
    public static string NoMeeting(string command) =>
        FrenchTypography.Format($"Aucune rencontre n'est planifiée pour l'instant. Votez pour les sujets qui vous intéressent : `{command} sujets`.");
    public static string MeetingLine(string when, string place, string topic, string places, bool registered) =>
        FrenchTypography.Format($"*{when}* · {MemberText.ForMrkdwn(place, MeetingTexts.PlaceMax)}\n*Sujet* : {MemberText.ForMrkdwn(topic, 500)}\n{places}")
        + (registered ? FrenchTypography.Apply(" · *vous êtes inscrit·e* ✅") : "");
    public const string RegisterButton = "M'inscrire";
    public const string UnregisterButton = "Me désinscrire";
    public static string MoreMeetings(int count) => $"… et {count} autre(s) rencontre(s).";

    // Waiting lists
    public const string JoinWaitlistButton = "M'inscrire sur la liste d'attente";
    public static string JoinWaitlistLabel(string when) => MemberText.OneLine($"Liste d'attente de la rencontre du {when}", 75);
    public static readonly string FullWithWaitlist = FrenchTypography.Apply(
        "Désolé, la rencontre est complète. Inscrivez-vous sur la liste d'attente : dès qu'une place se libère, elle vous est offerte à votre tour.");
    public static string Joined(string when, int rank) => FrenchTypography.Format(
        $"C'est noté ! Vous êtes sur la liste d'attente de la rencontre du {when} ({Rank(rank)}). Dès qu'une place se libère, je vous l'offre par message privé. Quittez la liste en tout temps avec `/brigade codev`.");
    public static readonly string JoinedHeld = FrenchTypography.Apply("Une place s'est libérée : elle vous est réservée, voyez mon message privé.");
    public static string WaitLine(int rank) => FrenchTypography.Format($":hourglass_flowing_sand: Liste d'attente : {Rank(rank)}.");
    public static string HeldLine(string until) =>
        FrenchTypography.Format($":tada: Une place vous est réservée jusqu'à {until} : prenez-la ou laissez-la à la personne suivante.");
    private static string Rank(int rank) => rank == 1 ? "vous êtes la prochaine personne" : $"{rank}e dans la file";
    public const string LeaveWaitlistButton = "Quitter la liste";
    public static string LeaveWaitlistLabel(string when) => MemberText.OneLine($"Quitter la liste d'attente du {when}", 75);
    public const string LeftWaitlist = "Vous avez quitté la liste d'attente.";
    public const string NotInWaitlist = "Vous n'êtes plus sur cette liste d'attente.";
    public const string TakeOfferButton = "Prendre cette place";
    public const string OfferFallback = "Une place s'est libérée pour vous.";
    public static string Offer(string details, string until) =>
        FrenchTypography.Apply(":tada: *Une place s'est libérée pour vous à la rencontre de codéveloppement !*\n") + details + "\n"
        + FrenchTypography.Format($"Elle vous est réservée jusqu'à {until}. Ensuite, elle sera offerte à la personne suivante.");
    public const string OfferExpiredFallback = "La place réservée pour vous est passée à la personne suivante.";
    public static string OfferExpired(string when) => FrenchTypography.Format(
        $":hourglass: Le délai est passé : la place réservée pour vous à la rencontre du {when} est offerte à la personne suivante. Tapez `/brigade codev` pour voir les rencontres.");

    public const string WaitedMeetingCancelledFallback = "Une rencontre de codéveloppement que vous attendiez est annulée.";
    public static string WaitedMeetingCancelled(string when) => FrenchTypography.Format(
        $":pray: La rencontre de codéveloppement du {when}, dont vous étiez sur la liste d'attente, est annulée ; cette liste d'attente est donc fermée. Le sujet reste ouvert : une prochaine rencontre sera annoncée dans le canal de codéveloppement.");

    public const string MyProposals = "*Mes propositions*";
    public static string NoProposal(string command) => FrenchTypography.Format($"Vous n'avez rien proposé. Un défi à soumettre au groupe ? `{command} proposer`");
    public static string ProposalLine(int id, string problem, string status) =>
        FrenchTypography.Format($"• no {id} · {status} : {MemberText.ForMrkdwn(MemberText.OneLine(problem, 200), 300)}");
    public static string OpenStatus(int votes) => $"ouverte, {CodevTexts.Votes(votes)}";
    public static string SelectedStatus(string when) => $"retenue, rencontre le {when}";
    public const string ArchivedStatus = "archivée";

    public static string HomeHeader => "Codéveloppement";

    public const string IcsFileName = "codeveloppement-brigade.ics";
    public const string IcsFileTitle = "Rencontre de codéveloppement";
    public const string IcsComment = "Ajoutez cette rencontre à votre agenda.";
    public static readonly string IcsUpdateComment = FrenchTypography.Apply("La rencontre a changé : cette invitation remplace la précédente dans votre agenda.");
    public static readonly string IcsCancelComment = FrenchTypography.Apply("Rencontre retirée : elle disparaîtra de votre agenda.");
    public static string IcsTitle(string topic) => FrenchTypography.Format($"Codéveloppement Brigade : {MemberText.OneLine(topic, 120)}");
    public static string IcsDescription(string topic) =>
        FrenchTypography.Format($"Sujet : {MemberText.Cut(topic, 1500)}\n\nPour vous désinscrire : tapez /brigade codev dans Slack.");

    public static string EditedNotice(string details) =>
        FrenchTypography.Apply(":pencil2: La rencontre de codéveloppement à laquelle vous êtes inscrit·e a changé. La voici à jour :\n") + details;
    public static string CancelledNotice(string when, string topic) =>
        FrenchTypography.Format($":x: La rencontre de codéveloppement du {when} est annulée. Désolé !\n*Sujet* : {MemberText.ForMrkdwn(topic, 500)}\n")
        + FrenchTypography.Apply("Le sujet reste ouvert : une prochaine rencontre sera annoncée dans le canal de codéveloppement.");

    public static readonly string VoteVisibility = FrenchTypography.Apply(
        ":eye: Les votes ne sont pas anonymes : les personnes animatrices voient qui a voté pour chaque sujet.");
    public const string VoteVisibilityShort = "votes visibles par les personnes animatrices";

    public const string FollowUpButton = "Le codéveloppement";
    public static string FollowUpIntro(string command) => FrenchTypography.Format(
        $"Le programme vous invite aussi au codéveloppement : proposez un défi que vous vivez (`{command} proposer`) ou joignez-vous à une prochaine rencontre.");
}
