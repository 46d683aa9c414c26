using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Impact;

/// <summary>Every French word of the year's figures on the animators' App Home.</summary>
public static class ImpactHomeTexts
{
    public const string Figures = "Cette année de programme";
    public static string FiguresText(int held, int people, string satisfaction, string responseRate, int transfer) =>
        $"*{held}* accompagnement(s) tenu(s) · *{people}* personne(s) accompagnée(s)\n"
        + FrenchTypography.Format($"Satisfaction : *{satisfaction}* · taux de réponse au sondage : {responseRate}\n")
        + FrenchTypography.Format($"Passeurs de savoirs : {transfer} personne(s)\nLe bilan complet : `/brigade bilan`.");
}
