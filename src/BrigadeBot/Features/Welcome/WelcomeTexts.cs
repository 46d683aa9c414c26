using BrigadeBot.Features.Common;
namespace BrigadeBot.Features.Welcome;

/// <summary>Every word of the welcome message.</summary>
public static class WelcomeTexts
{
    public static readonly string Fallback = FrenchTypography.Apply("Bienvenue dans la communauté de la Brigade numérique des Laurentides !");
    public static readonly string Header = FrenchTypography.Apply("Bienvenue dans la communauté de la Brigade ! :wave:");

    public static string Presentation(string userMention) =>
        FrenchTypography.Format($"Bonjour {userMention} ! La *Brigade numérique des Laurentides* est le programme de littératie numérique de ")
        + FrenchTypography.Apply("Culture Laurentides. Artistes, étudiant·e·s, personnes travaillant pour un organisme culturel : ")
        + "ici, on apprend ensemble le numérique au service de la culture.";

    public static readonly string WhatYouCanDo =
        "*Ce que vous trouverez ici*\n"
        + FrenchTypography.Apply("• des *accompagnements* individuels d'une heure en visioconférence (marketing numérique, découvrabilité, cybersécurité, Wikimédia…) ;\n")
        + FrenchTypography.Apply("• une *veille* techno partagée dans les canaux ;\n")
        + FrenchTypography.Apply("• des *fiches de connaissances* libres (CC0) ;\n")
        + "• des rencontres de *codéveloppement* pour avancer sur vos défis professionnels.";

    public static string HowToStart(string command) =>
        FrenchTypography.Format($"*Pour commencer*, tapez `{command}` ou `{command} aide` dans n'importe quel canal ou ici même : ")
        + FrenchTypography.Apply("je vous montre toutes les sous-commandes. Au plaisir de vous accompagner !");
}
