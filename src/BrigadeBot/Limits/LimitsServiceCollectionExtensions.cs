using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>
    /// Declares a per-member limit with its default (<c>Brigade:Limits:&lt;name&gt;</c> may change it); the feature then
    /// calls <see cref="MemberLimits.TryTake"/> where it creates or posts. The first call also registers the counter.
    /// </summary>
    public static IServiceCollection AddMemberLimit(this IServiceCollection services, string name, int permits, TimeSpan window)
    {
        services.AddSingleton(new MemberLimit(name, permits, window));
        services.TryAddSingleton<MemberLimits>();
        if (services.All(d => d.ServiceType != typeof(IValidateOptions<MemberLimitsOptions>)))
        {
            services.AddOptions<MemberLimitsOptions>().BindConfiguration(MemberLimitsOptions.Section).ValidateOnStart();
            services.AddSingleton<IValidateOptions<MemberLimitsOptions>, MemberLimitsValidator>();
        }
        return services;
    }
}
