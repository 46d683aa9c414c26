using System.Diagnostics.CodeAnalysis;

namespace BrigadeBot.Features.Common.Privacy;

/// <summary>How a feature contributes its personal data, from its own setup: the privacy area only collects.</summary>
public static class PersonalDataServiceCollectionExtensions
{
    /// <summary>
    /// Makes a registered store (register it with AddStore first) take part in export, erasure and retention, and adds
    /// the description of the collections it holds to the inventory. Stores take part in registration order.
    /// </summary>
    public static IServiceCollection AddPersonalData<TStore>(this IServiceCollection services, params PersonalDataCollection[] collections)
        where TStore : class, IPersonalDataStore
    {
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TStore>());
        return services.AddPersonalData(collections);
    }

    /// <summary>Adds the description of collections whose records no member right reaches (anonymous, internal) to the inventory.</summary>
    public static IServiceCollection AddPersonalData(this IServiceCollection services, params PersonalDataCollection[] collections)
    {
        foreach (var collection in collections) services.AddSingleton(collection);
        return services;
    }

    /// <summary>Adds a list to <c>/brigade corriger</c>'s modal (resolved per request, like the handlers).</summary>
    public static IServiceCollection AddPersonalDataCorrection<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCorrection>(this IServiceCollection services)
        where TCorrection : class, IPersonalDataCorrection =>
        services.AddScoped<IPersonalDataCorrection, TCorrection>();
}
