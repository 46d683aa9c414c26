using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Events;

/// <summary>The conferences' words on the App Home.</summary>
public static class EventHomeTexts
{
    public const string Header = "Mes conférences";
    public static string All(string command) => FrenchTypography.Format($"Toutes les conférences à venir : `{command} evenements`.");
    public static string Line(string title, string when, string state) => $"*{title}*\n{when} · {state}";

    public const string CorrectionLabel = "Mes inscriptions aux conférences";
    public static readonly string CorrectionHint = FrenchTypography.Apply("Cochez celles dont vous voulez vous retirer : votre place ira à la personne suivante.");
    public const string CorrectionNothing = "Aucune inscription à une conférence à venir.";
    public static string Corrected(int count) => count == 1 ? "1 inscription à une conférence retirée." : $"{count} inscriptions à des conférences retirées.";
}
