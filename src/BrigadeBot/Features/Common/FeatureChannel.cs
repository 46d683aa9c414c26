using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BrigadeBot.Features.Common;

/// <summary>
/// A feature's own channel, <c>Brigade:Channels:&lt;key&gt;</c>: each feature binds an options class of its own on that
/// section, validated at start like every Brigade key.
/// </summary>
public static partial class FeatureChannel
{
    public const string Section = "Brigade:Channels";

    /// <summary>
    /// Validates at start the channel bound on <see cref="Section"/>. The caller binds (<c>BindConfiguration(Section)</c>)
    /// with its concrete options class, so that the binding is generated at build time.
    /// </summary>
    public static OptionsBuilder<TOptions> AsFeatureChannel<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this OptionsBuilder<TOptions> options, string key, Func<TOptions, string?> channel) where TOptions : class
    {
        options.Services.AddSingleton<IValidateOptions<TOptions>>(new Validator<TOptions>(key, channel));
        return options.ValidateOnStart();
    }

    private sealed class Validator<TOptions>(string key, Func<TOptions, string?> channel) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options) =>
            channel(options) is { Length: > 0 } value && !ChannelId().IsMatch(value)
                ? ValidateOptionsResult.Fail($"{Section}:{key}: '{value}' is not a Slack channel id (C…, G… or D…).")
                : ValidateOptionsResult.Success;
    }

    [GeneratedRegex("^[CGD][A-Z0-9]{2,}$")] private static partial Regex ChannelId();
}
