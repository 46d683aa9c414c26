namespace BrigadeBot.Features.Privacy;

public static class PersonalDataServiceCollectionExtensions
{
    /// <summary>Makes a registered store take part in export, erasure and retention (register it with AddStore first).</summary>
    public static IServiceCollection AddPersonalData<TStore>(this IServiceCollection services) where TStore : class, IPersonalDataStore =>
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<TStore>());
}
