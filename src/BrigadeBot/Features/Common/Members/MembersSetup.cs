using BrigadeBot.Features.Common.Privacy;
using BrigadeBot.Storage;

namespace BrigadeBot.Features.Common.Members;

public static class MembersSetup
{
    /// <summary>The member registry every feature may use: profile, category, consents and their history.</summary>
    public static IServiceCollection AddMembers(this IServiceCollection services) =>
        services.AddStore<MemberProfileStore>()
            .AddPersonalData<MemberProfileStore>(MemberProfileStore.Inventory)
            .AddSingleton<Consents>();
}
