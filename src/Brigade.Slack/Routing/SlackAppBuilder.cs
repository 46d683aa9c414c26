using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace Brigade.Slack.Routing;

/// <summary>
/// Where a feature registers what it answers: one readable list per feature, each handler
/// registered as a scoped service. A duplicate id throws here, so the app does not start.
/// </summary>
public sealed class SlackAppBuilder(IServiceCollection services, SlackRoutes routes)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>A sub-command of the slash command, e.g. <c>reserver</c>, with its help line.</summary>
    public SlackAppBuilder Command<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(string name, string helpLine, string? audience = null) where T : class, ISlashCommandHandler
    {
        routes.AddCommand(new CommandRoute(name, helpLine, typeof(T), audience));
        return Register<T>();
    }

    /// <summary>The handler for the command alone and for unknown sub-commands.</summary>
    public SlackAppBuilder FallbackCommand<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>() where T : class, ISlashCommandHandler
    {
        routes.SetFallback(typeof(T));
        return Register<T>();
    }

    public SlackAppBuilder Action<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(string actionId) where T : class, IBlockActionHandler
    {
        routes.AddAction(actionId, typeof(T));
        return Register<T>();
    }

    /// <summary>Every action whose action_id starts with <paramref name="prefix"/> (ids that carry a value).</summary>
    public SlackAppBuilder ActionPrefix<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(string prefix) where T : class, IBlockActionHandler
    {
        routes.AddActionPrefix(prefix, typeof(T));
        return Register<T>();
    }

    public SlackAppBuilder View<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(string callbackId) where T : class, IViewSubmissionHandler
    {
        routes.AddViewSubmission(callbackId, typeof(T));
        return Register<T>();
    }

    public SlackAppBuilder ViewClosed<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(string callbackId) where T : class, IViewClosedHandler
    {
        routes.AddViewClosed(callbackId, typeof(T));
        return Register<T>();
    }

    public SlackAppBuilder Options<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(string actionId) where T : class, IBlockSuggestionHandler
    {
        routes.AddSuggestion(actionId, typeof(T));
        return Register<T>();
    }

    public SlackAppBuilder Shortcut<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(string callbackId) where T : class, IShortcutHandler
    {
        routes.AddShortcut(callbackId, typeof(T));
        return Register<T>();
    }

    public SlackAppBuilder Event<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(string eventType) where T : class, ISlackEventHandler
    {
        routes.AddEvent(eventType, typeof(T));
        return Register<T>();
    }

    private SlackAppBuilder Register<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>() where T : class
    {
        if (Services.All(d => d.ServiceType != typeof(T))) Services.AddScoped<T>();
        return this;
    }
}
