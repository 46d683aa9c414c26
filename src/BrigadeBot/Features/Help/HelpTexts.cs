using Brigade.Slack.BlockKit;

namespace BrigadeBot.Features.Help;

/// <summary>Every word of the help.</summary>
public static class HelpTexts
{
    public const string HelpLine = "afficher cette aide";
    public const string Header = "BrigadeBot : ce que je peux faire pour vous";
    public const string Intro =
        "Je suis le bot de la *Brigade numérique des Laurentides*. Tapez la commande suivie d'une sous-commande :";
    public const string AnimatorsTag = " _(personnes animatrices)_";
    public const string Footer = "Les sous-commandes s'écrivent avec ou sans accents, en majuscules ou en minuscules.";
    public const string Fallback = "Aide de BrigadeBot";

    public static string Line(string command, string name, string helpLine, bool animatorsOnly) =>
        $"• `{command} {name}` : {helpLine}{(animatorsOnly ? AnimatorsTag : "")}";

    public static string Unknown(string command, string typed, string? suggestion) =>
        suggestion is null
            ? $"Je ne connais pas la sous-commande « {Mrkdwn.Escape(typed)} ». Voici ce que je sais faire :"
            : $"Je ne connais pas la sous-commande « {Mrkdwn.Escape(typed)} ». Vouliez-vous dire `{command} {suggestion}` ?";
}
