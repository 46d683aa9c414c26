namespace BrigadeBot.Limits;

/// <summary>One entry of <c>Brigade:Limits</c>; what is left unset keeps the limit's default.</summary>
public sealed class MemberLimitSetting
{
    public int? Permits { get; set; }
    public int? WindowMinutes { get; set; }
}
