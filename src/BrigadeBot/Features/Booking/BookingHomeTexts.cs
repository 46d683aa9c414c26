using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Booking;

/// <summary>Every French word of the booking's App Home sections.</summary>
public static class BookingHomeTexts
{
    public const string MySessions = "Vos prochains accompagnements";
    public const string NoSessions = "Aucun accompagnement à venir. Tapez `/brigade reserver` pour en réserver un.";
    public static string MoreSessions(int count) => FrenchTypography.Format($"… et {count} autre(s) : `/brigade mes-reservations`.");
    public static string SessionLine(string theme, string when, string zone, string animator) =>
        $"*{theme}*\n{when} ({zone}), avec {animator}";
    public const string Cancel = "Annuler";
    public static readonly string CancelTitle = FrenchTypography.Apply("Annuler cet accompagnement ?");
    public const string CancelText = "Votre place sera libérée et la personne animatrice en sera avertie.";
    public const string YesCancel = "Oui, annuler";
    public const string NoKeep = "Non, le garder";
    public const string Cancelled = ":white_check_mark: Votre accompagnement est annulé. La personne animatrice en est avertie.";
    public const string NotCancelled = ":warning: Cette réservation n'existe plus ou ne peut plus être annulée.";

    public const string Today = "Aujourd'hui";
    public const string ThisWeek = "Cette semaine";
    public const string NoSessionToday = "Aucune séance aujourd'hui.";
    public const string NoSessionThisWeek = "Aucune autre séance dans les 7 prochains jours.";
    public static string SlotLine(string when, string animator, int taken, int capacity) =>
        $"{when} · {animator} · {taken}/{capacity} place(s) prise(s)";
    public static string MoreSlots(int count) => FrenchTypography.Format($"… et {count} autre(s) séance(s) : `/brigade agenda`.");
}
