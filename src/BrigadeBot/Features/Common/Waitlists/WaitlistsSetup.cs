using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Common.Waitlists;

public static class WaitlistsSetup
{
    /// <summary>Waiting lists any feature may serve (an <see cref="IWaitlistOwner"/>): queues, offers and their holds.</summary>
    public static IServiceCollection AddWaitlists(this IServiceCollection services)
    {
        services.AddStore<WaitlistStore>().AddPersonalData<WaitlistStore>(WaitlistStore.Inventory);
        services.AddSingleton<WaitlistHolds>().AddTransient<WaitlistHoldJob>().AddHostedService<WaitlistHoldsStartup>();
        return services;
    }
}
