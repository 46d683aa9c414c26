using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Features.Common.Sessions;
using BrigadeBot.Features.Common.FollowUps;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Booking;

public static class BookingSetup
{
    /// <summary>Accompaniments: animators publish slots, members book, reminders and follow-up around each session.</summary>
    public static SlackAppBuilder AddBooking(this SlackAppBuilder slack)
    {
        slack.Command<ReserverCommand>(BookingIds.Reserver, BookingTexts.HelpReserver)
             .Command<MesReservationsCommand>(BookingIds.MesReservations, BookingTexts.HelpMyBookings)
             .Command<DispoCommand>(BookingIds.Dispo, BookingTexts.HelpDispo, Animators.Audience)
             .Command<AgendaCommand>(BookingIds.Agenda, BookingTexts.HelpAgenda, Animators.Audience)
             .View<SlotSubmission>(BookingIds.SlotModal)
             .View<BookingSubmission>(BookingIds.BookingModal)
             .View<SlotEditSubmission>(BookingIds.SlotEditModal)
             .Action<BookingThemeAction>(BookingIds.Theme)
             .Action<SlotAlertAction>(BookingIds.SlotAlert)
             .Action<CancelBookingAction>(BookingIds.CancelBooking)
             .Action<CancelBookingAction>(BookingIds.HomeCancel)
             .Action<CancelSlotAction>(BookingIds.CancelSlot)
             .Action<RebookAction>(BookingIds.Rebook)
             .Action<MarkAttendanceAction>(BookingIds.MarkPresent)
             .Action<MarkAttendanceAction>(BookingIds.MarkAbsent)
             .Action<RecapAction>(BookingIds.Recap)
             .View<RecapSubmission>(BookingIds.RecapModal)
             .Action<MoveBookingAction>(BookingIds.MoveBooking)
             .Action<MoveBookingAction>(BookingIds.HomeMoveBooking)
             .Action<EditSlotAction>(BookingIds.EditSlot)
             .Action<JoinWaitlistAction>(BookingIds.WaitTheme)
             .Action<JoinWaitlistAction>(BookingIds.WaitSlot)
             .Action<TakeOfferAction>(BookingIds.TakeOffer)
             .Action<LeaveWaitlistAction>(BookingIds.LeaveWaitlist)
             .Action<LeaveWaitlistAction>(BookingIds.HomeLeaveWaitlist);

        var services = slack.Services;
        services.AddOptions<BookingOptions>().BindConfiguration(BookingOptions.Section);
        services.AddStore<SlotStore>().AddStore<BookingStore>().AddStore<SessionFactStore>().AddStore<RecapStore>()
            .AddPersonalData(SlotStore.Inventory)
            .AddPersonalData<BookingStore>(BookingStore.Inventory)
            .AddPersonalData<SessionFactStore>(SessionFactStore.Inventory, SessionFactStore.PseudonymInventory)
            .AddPersonalData<RecapStore>(RecapStore.Inventory)
            .AddPersonalDataCorrection<BookingCorrection>()
            .AddPersonalDataCorrection<RecapCorrection>();
        services.AddSingleton<IHeldSessions, HeldBookings>().AddSingleton<ISessionFacts>(sp => sp.GetRequiredService<SessionFactStore>());
        services.AddSingleton<BookingPolicy>().AddSingleton<SessionDisplay>().AddSingleton<BookingNotifier>()
            .AddSingleton<BookingReminders>().AddSingleton<RecapDocuments>().AddSingleton<RecapDelivery>();
        services.AddScoped<BookingService>().AddScoped<BookingModalFactory>().AddScoped<BookingEntry>().AddScoped<SlotPublisher>()
            .AddScoped<SlotAlerts>().AddScoped<MyBookingsMessage>().AddScoped<AgendaMessage>();
        services.AddSingleton<BookingWaitlist>().AddSingleton<IWaitlistOwner>(sp => sp.GetRequiredService<BookingWaitlist>());
        services.AddSingleton<IImpactCounter, BookingImpactCounter>().AddSingleton<IAnimatorCalendarSource, BookingAnimatorCalendar>();
        services.AddScoped<IHomeSection, MySessionsSection>().AddScoped<IHomeSection, ComingSlotsSection>();
        services.AddTransient<BookingReminderJob>().AddTransient<RecapDeliveryJob>();
        services.AddHostedService<BookingRemindersStartup>();
        return slack;
    }
}
