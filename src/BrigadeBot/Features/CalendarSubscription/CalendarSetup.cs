using Brigade.Slack.Routing;
using BrigadeBot.Features.Common.Calendars;
using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.CalendarSubscription;

public static class CalendarSetup
{
    /// <summary>Animators' calendar subscription: the secret link from the agenda and the feed every feature fills.</summary>
    public static SlackAppBuilder AddCalendar(this SlackAppBuilder slack)
    {
        slack.Action<CalendarSubscriptionAction>(CalendarIds.Subscribe)
             .Action<CalendarSubscriptionAction>(CalendarIds.Renew);

        var services = slack.Services;
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section)
            .Validate(o => CalendarOptions.IsValid(o.PublicBaseUrl), "Brigade:PublicBaseUrl must be an absolute http(s) URL without a query.")
            .ValidateOnStart();
        services.AddStore<CalendarTokenStore>().AddPersonalData<CalendarTokenStore>(CalendarTokenStore.Inventory);
        services.AddSingleton<CalendarFeed>().AddSingleton<IAgendaButton, CalendarAgendaButton>();
        return slack;
    }
}
