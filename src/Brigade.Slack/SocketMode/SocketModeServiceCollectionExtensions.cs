using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brigade.Slack.SocketMode;

internal static class SocketModeServiceCollectionExtensions
{
    /// <summary>Socket Mode's options, state, health check and hosted service (idle while no app token is set).</summary>
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SocketModeOptions>().Bind(configuration.GetSection(SocketModeOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SocketModeOptions>, SocketModeOptionsValidator>();
        services.AddSingleton<SlackConnectionState>();
        services.AddSingleton<ISlackConnectionState>(sp => sp.GetRequiredService<SlackConnectionState>());
        services.AddSingleton<SocketModeInbound>();
        services.AddHostedService<SlackSocketModeService>();
        services.AddHealthChecks().AddCheck<SlackConnectionHealthCheck>(SlackConnectionHealthCheck.Name);
        return services;
    }

    private sealed class SocketModeOptionsValidator : IValidateOptions<SocketModeOptions>
    {
        public ValidateOptionsResult Validate(string? name, SocketModeOptions options) =>
            options.Errors() is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
