using BrigadeBot.Sandbox.Workspace;

namespace BrigadeBot.Sandbox;

/// <summary>
/// The sandbox host's configuration: the real one (themes, time zone, every feature's keys), except that Slack is
/// never reached, the data lives in <c>Sandbox:DatabasePath</c> and the animators are the sandbox's own people. No public
/// address: a calendar link would point at the real bot, which knows nothing of the sandbox's tokens.
/// </summary>
internal static class SandboxConfiguration
{
    private static readonly string[] Replaced =
        ["Slack:SigningSecret", "Slack:BotToken", "Slack:AppToken", "Slack:ResponseUrlPrefixes", "Storage:DatabasePath", "Storage:Backup", "Brigade:Animators",
        "Brigade:PublicBaseUrl"];

    public static Dictionary<string, string?> From(IConfiguration real, SandboxOptions options, IReadOnlyList<SandboxPerson> people)
    {
        var settings = real.AsEnumerable()
            .Where(e => e.Value is not null && !Replaced.Any(key => IsUnder(e.Key, key)))
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
        settings["Slack:SigningSecret"] = "";
        settings["Slack:BotToken"] = "";
        settings["Slack:AppToken"] = "";
        settings["Slack:ResponseUrlPrefixes:0"] = SandboxIdentity.ResponseUrlPrefix;
        settings["Storage:DatabasePath"] = options.DatabasePath;
        settings["Storage:Backup:Cron"] = ""; // made-up data: nothing to keep
        var animators = people.Where(p => p.Animator).ToArray();
        for (var i = 0; i < animators.Length; i++) settings[$"Brigade:Animators:{i}"] = animators[i].Id;
        foreach (var (key, id) in Channels(real)) settings[$"Brigade:Channels:{key}"] = id;
        return settings;
    }

    /// <summary>Every <c>Brigade:Channels</c> key, with a sandbox channel where the real one is not set.</summary>
    public static IEnumerable<(string Key, string Id)> Channels(IConfiguration real) =>
        real.GetSection("Brigade:Channels").GetChildren()
            .Select(c => (c.Key, string.IsNullOrWhiteSpace(c.Value) ? $"C0SB{c.Key.ToUpperInvariant()}" : c.Value));

    private static bool IsUnder(string key, string prefix) =>
        key.Equals(prefix, StringComparison.OrdinalIgnoreCase) || key.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase);
}
