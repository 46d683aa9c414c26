namespace BrigadeBot.Features.Booking;

/// <summary>Slack ids of the booking feature, shared by view builders and routes.</summary>
public static class BookingIds
{
    public const string Reserver = "reserver";
    public const string MesReservations = "mes-reservations";
    public const string Dispo = "dispo";
    public const string Agenda = "agenda";

    // Slot publication modal
    public const string SlotModal = "booking.slot-create";
    public const string SlotDate = "booking.slot.date";
    public const string SlotStart = "booking.slot.start";
    public const string SlotDuration = "booking.slot.duration";
    public const string SlotRepeat = "booking.slot.repeat";
    public const string SlotCapacity = "booking.slot.capacity";
    public const string SlotLink = "booking.slot.link";
    public const string SlotThemes = "booking.slot.themes";
    /// <summary>The slot edit modal (« Modifier » in the agenda); its private metadata is the slot id.</summary>
    public const string SlotEditModal = "booking.slot-edit";
    public const string Value = "value";

    // Booking modal
    public const string BookingModal = "booking.create";
    /// <summary>Block and action id of the theme select: its action is routed (dispatch_action).</summary>
    public const string Theme = "booking.theme";
    /// <summary>The slot select's block_id starts with this; it changes with the theme so Slack drops a stale choice.</summary>
    public const string SlotChoicePrefix = "booking.choice";
    public const string Note = "booking.note";
    public const string Category = "booking.category";
    public const string Consent = "booking.consent";
    public const string ConsentGranted = "statistics";
    public const string SurveyConsent = "booking.survey-consent";
    public const string SurveyGranted = "survey";

    // Recap modal
    public const string RecapModal = "booking.recap-modal";
    public const string RecapSeen = "booking.recap.seen";
    public const string RecapNextSteps = "booking.recap.next";
    public const string RecapResources = "booking.recap.resources";

    // Buttons
    public const string SlotAlert = "booking.alert";
    public const string CancelBooking = "booking.cancel";
    public const string CancelSlot = "booking.cancel-slot";
    public const string Rebook = "booking.rebook";
    public const string MarkPresent = "booking.present";
    public const string MarkAbsent = "booking.absent";
    public const string Recap = "booking.recap";
    public const string MoveBooking = "booking.move";
    public const string HomeMoveBooking = "home.move-booking";
    public const string EditSlot = "booking.edit-slot";
    /// <summary>« M'inscrire sur la liste d'attente » of a theme with no slot left; its value is the theme.</summary>
    public const string WaitTheme = "booking.wait-theme";
    /// <summary>The select of full slots in the booking modal; each value is « slotId themeSlug ».</summary>
    public const string WaitSlot = "booking.wait-slot";
    /// <summary>« Réserver cette place » in the DM that offers a freed place; its value is the waiting-list entry.</summary>
    public const string TakeOffer = "booking.take-offer";
    public const string LeaveWaitlist = "booking.leave-waitlist";
    public const string HomeLeaveWaitlist = "home.leave-waitlist";
    /// <summary>« Annuler » on the App Home; its value predates the <c>booking.</c> prefix and lives in published Homes.</summary>
    public const string HomeCancel = "home.cancel-booking";

    // Block ids; their values predate the booking. prefix and stay as Slack has them
    public static string BookingBlock(string bookingId) => "booking." + bookingId;
    public static string SlotBlock(string slotId) => "slot." + slotId;
    public static string StartedBlock(string slotId) => "started." + slotId;
    public static string AttendanceBlock(string bookingId) => "attendance." + bookingId;
    public static string MarkBlock(string bookingId) => "mark." + bookingId;
    public static string HomeBookingBlock(string bookingId) => "home.booking." + bookingId;
    public const string HomeTodayBlock = "home.today";
    public const string HomeWeekBlock = "home.week";
    public static string WaitlistBlock(string entryId) => "waitlist." + entryId;
    public static string HomeWaitlistBlock(string entryId) => "home.waitlist." + entryId;

    /// <summary>The list of coming bookings in <c>/brigade corriger</c>'s modal.</summary>
    public const string CorrectionBlock = "booking.correct-cancel";
    /// <summary>The list of recaps the member may withdraw in <c>/brigade corriger</c>'s modal.</summary>
    public const string RecapCorrectionBlock = "booking.correct-recaps";

    public static string SlotChoice(string? themeSlug) => themeSlug is null ? SlotChoicePrefix : $"{SlotChoicePrefix}.{themeSlug}";
}
