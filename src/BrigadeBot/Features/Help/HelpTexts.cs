using BrigadeBot.Features.Common;
using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Help;

/// <summary>Every word of the help.</summary>
public static class HelpTexts
{
    public const string HelpLine = "afficher cette aide";
    public static readonly string Header = FrenchTypography.Apply("BrigadeBot : ce que je peux faire pour vous");
    public static readonly string Intro =
        FrenchTypography.Apply("Je suis le bot de la *Brigade numérique des Laurentides*. Tapez la commande suivie d'une sous-commande :");
    public const string AnimatorsTag = " _(personnes animatrices)_";
    public const string Footer = "Les sous-commandes s'écrivent avec ou sans accents, en majuscules ou en minuscules.";
    public const string Fallback = "Aide de BrigadeBot";

    public static string Line(string command, string name, string helpLine, bool animatorsOnly) =>
        FrenchTypography.Format($"• `{command} {name}` : {helpLine}{(animatorsOnly ? AnimatorsTag : "")}");

    public static string Unknown(string command, string typed, string? suggestion) =>
        suggestion is null
            ? FrenchTypography.Format($"Je ne connais pas la sous-commande « {Mrkdwn.Escape(typed)} ». Voici ce que je sais faire :")
            : FrenchTypography.Format($"Je ne connais pas la sous-commande « {Mrkdwn.Escape(typed)} ». Vouliez-vous dire `{command} {suggestion}` ?");
}
