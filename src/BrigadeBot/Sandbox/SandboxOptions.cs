using Brigade.Slack;

namespace BrigadeBot.Sandbox;

/// <summary>The <c>Sandbox</c> configuration section.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Serve <c>/sandbox</c>; unset means on exactly when Slack is not configured.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The sandbox's own LiteDB file, never the real one.</summary>
    public string DatabasePath { get; set; } = "data/sandbox.db";

    /// <summary>Who a visitor can be; empty means <see cref="DemoPeople"/>.</summary>
    public SandboxPerson[] People { get; set; } = [];

    /// <summary>The sandbox stands in for Slack only where no real Slack is configured, unless asked for.</summary>
    public bool IsOn(SlackOptions slack) =>
        Enabled ?? !(slack.IsSigningConfigured || slack.IsBotTokenConfigured || slack.IsSocketModeConfigured);

    public IReadOnlyList<SandboxPerson> EffectivePeople =>
        People.Where(p => !string.IsNullOrWhiteSpace(p.Id)).ToArray() is { Length: > 0 } people ? people : DemoPeople;

    public static readonly IReadOnlyList<SandboxPerson> DemoPeople =
    [
        new() { Id = "U0SBANIM01", Name = "Camille Lavoie", Animator = true },
        new() { Id = "U0SBMEMB01", Name = "Alex Tremblay" },
        new() { Id = "U0SBMEMB02", Name = "Noémie Gagnon" },
        new() { Id = "U0SBMEMB03", Name = "Samuel Roy" },
    ];
}
