namespace BrigadeBot.Limits;

/// <summary>The <c>Brigade:Limits</c> section: <c>Brigade:Limits:&lt;name&gt;:Permits</c> and <c>:WindowMinutes</c>.</summary>
public sealed class MemberLimitsOptions : Dictionary<string, MemberLimitSetting>
{
    public const string Section = "Brigade:Limits";

    public MemberLimitsOptions() : base(StringComparer.OrdinalIgnoreCase) { }

    /// <summary>The limit as configured, or as its feature declared it.</summary>
    public MemberLimit Effective(MemberLimit declared) => TryGetValue(declared.Name, out var setting)
        ? declared with
        {
            Permits = setting.Permits ?? declared.Permits,
            Window = setting.WindowMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : declared.Window,
        }
        : declared;
}
