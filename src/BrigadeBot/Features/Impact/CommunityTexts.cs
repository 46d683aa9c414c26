using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Impact;

/// <summary>Every French word of the community's part of the report.</summary>
public static class CommunityTexts
{
    public const string Title = "Communauté Slack";
    public static string Members(int members, int admins, DateOnly day) =>
        FrenchTypography.Format($"Membres : {members} personne(s), sans les {admins} compte(s) d'administration (décompte du {FrenchDates.Date(day)})");
    public static string Growth(int growth, int first, DateOnly day) =>
        FrenchTypography.Format($"Croissance pendant la période : {(growth > 0 ? "+" : "")}{growth} (depuis {first} le {FrenchDates.Date(day)})");
    public static readonly string NotCounted = FrenchTypography.Apply("Membres : non disponible (aucun décompte quotidien pendant la période)");

    public const string File = "communaute-slack.csv";
    public static readonly string Table = FrenchTypography.Apply("Communauté Slack : décompte quotidien");
    public const string ColumnDay = "Jour";
    public const string ColumnMembers = "Membres";
    public const string ColumnAdmins = "Comptes d'administration";
}
