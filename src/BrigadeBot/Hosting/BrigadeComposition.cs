using Brigade.Slack.Routing;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.CalendarSubscription;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Events;
using BrigadeBot.Features.Common.Deliveries;
using BrigadeBot.Features.Common.Members;
using BrigadeBot.Features.Common.Waitlists;
using BrigadeBot.Features.Help;
using BrigadeBot.Features.Home;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Watch;
using BrigadeBot.Features.Welcome;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;

namespace BrigadeBot.Hosting;

/// <summary>
/// The bot itself: storage, scheduling, the Slack layer and every feature. The real host and the sandbox's
/// in-process host are both built from this one list, so a feature added here shows up in both.
/// </summary>
public static class BrigadeComposition
{
    public static SlackAppBuilder AddBrigadeBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBrigadeStorage(configuration);
        services.AddBrigadeScheduling(configuration);
        services.AddMembers();
        services.AddWaitlists();
        services.AddDeliveries();
        services.AddDatabaseBackups();
        return services.AddBrigadeHosting(configuration)
            .AddHelp()
            .AddWelcome()
            .AddBooking()
            .AddCodev()
            .AddEvents()
            .AddSheets()
            .AddWatch()
            .AddImpact()
            .AddCalendar()
            .AddHome()
            .AddPrivacy();
    }
}
