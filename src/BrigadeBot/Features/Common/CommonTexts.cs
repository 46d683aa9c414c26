namespace BrigadeBot.Features.Common;

/// <summary>Words every feature shares.</summary>
public static class CommonTexts
{
    public static readonly string Apology =
        FrenchTypography.Apply(":warning: Désolé, quelque chose s'est mal passé de notre côté. Réessayez dans un instant ; si le problème persiste, écrivez à une personne animatrice de la Brigade.");
    public const string ApologyTitle = "Oups";
    public const string AnimatorsOnly =
        "Cette commande est réservée aux personnes animatrices de la Brigade. Tapez `/brigade aide` pour voir ce que vous pouvez faire.";
    public const string Close = "Fermer";
    public const string Cancel = "Annuler";
}
