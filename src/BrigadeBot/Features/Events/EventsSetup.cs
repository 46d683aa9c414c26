using Brigade.Slack.Routing;
using BrigadeBot.Features.Common;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Features.Common.Reports;
using BrigadeBot.Limits;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Events;

public static class EventsSetup
{
    /// <summary>
    /// Conferences of the « programmation Off »: announcement, registrations and waiting list, calendar files, reminders,
    /// edit and cancellation, attendance and replay, the post-conference survey and their part of the report.
    /// </summary>
    public static SlackAppBuilder AddEvents(this SlackAppBuilder slack)
    {
        slack.Command<EvenementCommand>(EventsIds.Evenement, EventsTexts.CreateHelp, Animators.Audience)
             .Command<EvenementsCommand>(EventsIds.Evenements, EventsTexts.ListHelp)
             .View<EventSubmission>(EventsIds.CreateModal)
             .View<EventSubmission>(EventsIds.EditModal)
             .View<AttendanceSubmission>(EventsIds.AttendanceModal)
             .View<EventSurveySubmission>(EventsIds.SurveyModal)
             .Action<EventRegistrationAction>(EventsIds.Register)
             .Action<EventRegistrationAction>(EventsIds.Unregister)
             .Action<EditEventAction>(EventsIds.Edit)
             .Action<CancelEventAction>(EventsIds.Cancel)
             .Action<AttendanceAction>(EventsIds.Attendance)
             .Action<EventSurveyOpenAction>(EventsIds.SurveyOpen);

        var services = slack.Services;
        services.AddOptions<EventsChannelOptions>().BindConfiguration(FeatureChannel.Section).AsFeatureChannel(EventsChannelOptions.Key, o => o.Channel);
        services.AddMemberLimit(EventsIds.CreationsLimit, permits: 10, TimeSpan.FromHours(1));
        services.AddStore<EventStore>().AddStore<EventSurveyStore>()
            .AddPersonalData<EventStore>(EventStore.Inventory)
            .AddPersonalData<EventSurveyStore>(EventSurveyStore.AnswerInventory, EventSurveyStore.MarkerInventory)
            .AddPersonalDataCorrection<EventRegistrationCorrection>();
        services.AddSingleton<EventDisplay>().AddSingleton<EventsChannel>()
            .AddSingleton<EventNotifier>().AddSingleton<EventReminders>().AddSingleton<EventFollowUps>().AddSingleton<EventAnnouncements>()
            .AddSingleton<EventFormCheck>().AddSingleton<EventList>();
        services.AddScoped<EventService>().AddSingleton<EventSurveyService>();
        services.AddScoped<IHomeSection, MyEventsSection>()
            .AddSingleton<IImpactSection, EventsImpactSection>()
            .AddSingleton<IAnimatorCalendarSource, EventCalendarSource>();
        services.AddTransient<EventReminderJob>().AddTransient<EventSurveyCloseJob>().AddTransient<EventFollowUpJob>();
        services.AddHostedService<EventsStartup>();
        return slack;
    }
}
