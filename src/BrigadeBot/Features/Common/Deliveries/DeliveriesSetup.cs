using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Common.Deliveries;

public static class DeliveriesSetup
{
    /// <summary>Retries of scheduled DMs through a Slack outage, with the per-member marks that keep them to one each.</summary>
    public static IServiceCollection AddDeliveries(this IServiceCollection services)
    {
        services.AddStore<DeliveryMarkStore>().AddPersonalData<DeliveryMarkStore>(DeliveryMarkStore.Inventory);
        services.AddSingleton<DeliveryRetries>();
        return services;
    }
}
