using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.CalendarSubscription;

/// <summary>Every French word of the calendar subscription.</summary>
public static class CalendarTexts
{
    public const string FeedName = "Brigade numérique – mon agenda";
    public const string SubscribeButton = "📅 Abonner mon calendrier";
    public const string RenewButton = "Nouveau lien";
    public static readonly string RenewTitle = FrenchTypography.Apply("Remplacer le lien ?");
    public const string RenewText = "L'ancien lien cessera aussitôt de fonctionner, dans tous les calendriers qui y sont abonnés.";
    public const string RenewConfirm = "Remplacer";
    public const string RenewCancel = "Garder l'actuel";

    public static string Link(string url) => FrenchTypography.Format(
        $"Voici l'adresse secrète de votre calendrier : vos séances, rencontres de codéveloppement et événements à venir, mis à jour automatiquement.\n`{url}`\n")
        + FrenchTypography.Apply("Ajoutez-la dans Google Agenda (« À partir de l'URL »), Outlook (« S'abonner à partir du Web ») ou Calendrier d'Apple (« Nouvel abonnement »). "
            + "Gardez-la pour vous : quiconque la connaît voit votre agenda, sans les notes des membres. Ce lien n'est montré qu'une fois.");

    public static readonly string Renewed = FrenchTypography.Apply("L'ancien lien ne fonctionne plus.");

    public static readonly string AlreadySubscribed = FrenchTypography.Apply(
        "Votre calendrier a déjà un lien secret, montré une seule fois à sa création. Vous l'avez perdu ou il a circulé ? "
        + "« Nouveau lien » en crée un autre ; l'ancien cessera de fonctionner.");

    public static readonly string NoPublicAddress = FrenchTypography.Apply(
        "L'abonnement au calendrier n'est pas encore offert : l'adresse publique du bot n'est pas configurée. Écrivez à l'équipe technique.");
}
