namespace BrigadeBot.Features.Welcome;

/// <summary>Every word of the welcome message.</summary>
public static class WelcomeTexts
{
    public const string Fallback = "Bienvenue dans la communauté de la Brigade numérique des Laurentides !";
    public const string Header = "Bienvenue dans la communauté de la Brigade ! :wave:";

    public static string Presentation(string userMention) =>
        $"Bonjour {userMention} ! La *Brigade numérique des Laurentides* est le programme de littératie numérique de "
        + "Culture Laurentides. Artistes, étudiant·e·s, personnes travaillant pour un organisme culturel : "
        + "ici, on apprend ensemble le numérique au service de la culture.";

    public const string WhatYouCanDo =
        "*Ce que vous trouverez ici*\n"
        + "• des *accompagnements* individuels d'une heure en visioconférence (marketing numérique, découvrabilité, cybersécurité, Wikimédia…) ;\n"
        + "• une *veille* techno partagée dans les canaux ;\n"
        + "• des *fiches de connaissances* libres (CC0) ;\n"
        + "• des rencontres de *codéveloppement* pour avancer sur vos défis professionnels.";

    public static string HowToStart(string command) =>
        $"*Pour commencer*, tapez `{command}` ou `{command} aide` dans n'importe quel canal ou ici même : "
        + "je vous montre toutes les sous-commandes. Au plaisir de vous accompagner !";
}
